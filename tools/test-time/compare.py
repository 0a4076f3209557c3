#!/usr/bin/env python3
"""Compare two trees' test runs test by test, from the TRX files `dotnet test --logger trx --results-directory DIR` writes.

    python3 tools/test-time/compare.py BEFORE_DIR [BEFORE_DIR ...] -- AFTER_DIR [AFTER_DIR ...]

Each DIR holds one run's TRX files (one per test assembly). Tests are matched by class and method (with their
arguments), not by assembly, so a test that moved project still counts as the same test. Prints, per run, the summed
duration of the tests every run has, the summed duration of all its tests, and each assembly's own start-to-finish
time; then the after/before ratios of the means.
"""
import collections
import glob
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

NS = '{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}'


def seconds(text):
    hours, minutes, rest = text.split(':')
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def load(directory):
    tests, assemblies = {}, {}
    for path in glob.glob(directory + '/*.trx'):
        root = ET.parse(path).getroot()
        methods = {}
        for test in root.iter(NS + 'UnitTest'):
            method = test.find(NS + 'TestMethod')
            assembly = method.get('codeBase').split('/')[-1].removesuffix('.dll')
            name = test.get('name')
            head, _, arguments = name.partition('(')
            methods[test.get('id')] = (assembly, method.get('className').split('.')[-1] + '::' + head.split('.')[-1] + ('(' + arguments if arguments else ''))
        for result in root.iter(NS + 'UnitTestResult'):
            assembly, test = methods[result.get('testId')]
            tests[test] = (assembly, seconds(result.get('duration', '0:0:0')))
        times = root.find(NS + 'Times')
        start = datetime.fromisoformat(times.get('start')[:26])
        finish = datetime.fromisoformat(times.get('finish')[:26])
        assemblies[assembly] = (finish - start).total_seconds()
    return tests, assemblies


def main(argv):
    if '--' not in argv:
        sys.exit(__doc__)
    split = argv.index('--')
    before, after = [load(d) for d in argv[:split]], [load(d) for d in argv[split + 1:]]
    runs = before + after
    if not before or not after or any(not tests for tests, _ in runs):
        sys.exit('every DIR must hold TRX files\n' + __doc__)
    common = set.intersection(*(set(tests) for tests, _ in runs))
    totals = collections.defaultdict(list)
    for side, group, dirs in (('before', before, argv[:split]), ('after', after, argv[split + 1:])):
        for (tests, assemblies), directory in zip(group, dirs):
            shared = sum(tests[t][1] for t in common)
            everything = sum(d for _, d in tests.values())
            wall = sum(assemblies.values())
            totals[side].append((shared, everything, wall))
            print(f'{side:6} {directory}: {len(tests)} tests; the {len(common)} in every run {shared:.1f} s; all {everything:.1f} s; '
                  f'assemblies start-to-finish {wall:.1f} s')
    for index, label in enumerate(('tests in every run', 'all tests', 'assemblies start-to-finish')):
        mean_before = sum(t[index] for t in totals['before']) / len(totals['before'])
        mean_after = sum(t[index] for t in totals['after']) / len(totals['after'])
        print(f'{label}: before {mean_before:.1f} s, after {mean_after:.1f} s, ratio {mean_after / mean_before:.2f}')


if __name__ == '__main__':
    main(sys.argv[1:])
