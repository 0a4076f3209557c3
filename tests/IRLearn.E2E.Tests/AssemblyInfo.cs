// Each browser test class starts its own app and Chromium; on a 2-core CI machine running them one
// class at a time keeps timings realistic and the suite free of load-induced flakiness.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
