namespace IRLearn.Web.Pages.Teach.Grading;

public sealed class GradebookModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid ClassroomId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public CellStatus? Status { get; set; }

    // "page" is a reserved route value in Razor Pages, hence "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = GetGradebookQuery.DefaultPageSize;

    public GradebookDto Book { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Book = await sender.Send(
            new GetGradebookQuery(ClassroomId, Sort, Desc, Search, Status, Math.Max(1, PageNumber), Math.Clamp(Size, 1, GetGradebookQuery.MaxPageSize)),
            cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ExportGradebookQuery(ClassroomId, Sort, Desc, Search, Status), cancellationToken);
        return File(file.Content, CsvFileDto.ContentType, file.FileName);
    }

    /// <summary>The query string for this view with some values changed, so sort and page links keep the filters.</summary>
    public Dictionary<string, string> With(string? sort = null, bool? desc = null, int? page = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        Put("sort", sort ?? Sort);
        Put("desc", (desc ?? Desc) ? "true" : null);
        Put("search", Search);
        Put("status", Status?.ToString());
        Put("size", Size == GetGradebookQuery.DefaultPageSize ? null : Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Put("p", (page ?? Book.Page) > 1 ? (page ?? Book.Page).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return values;
    }

    public Dictionary<string, string> SortBy(string key) =>
        With(sort: key, desc: string.Equals(Sort ?? "name", key, StringComparison.OrdinalIgnoreCase) && !Desc, page: 1);

    public string? AriaSort(string key) =>
        string.Equals(Sort ?? "name", key, StringComparison.OrdinalIgnoreCase) ? (Desc ? "descending" : "ascending") : null;
}
