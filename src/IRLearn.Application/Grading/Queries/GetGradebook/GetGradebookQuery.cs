using IRLearn.Application.Classrooms;
using IRLearn.Application.Grading.Common;

namespace IRLearn.Application.Grading.Queries.GetGradebook;

/// <summary>
/// A classroom's students × assignments matrix. <paramref name="Sort"/> is <c>name</c>, <c>average</c>
/// or an assignment id (sorts by that assignment's final grade). <paramref name="Search"/> filters by
/// name; <paramref name="Status"/> keeps students with at least one cell in that status.
/// A page size of 0 returns every student (the CSV export).
/// </summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record GetGradebookQuery(
    Guid ClassroomId,
    string? Sort = null,
    bool Descending = false,
    string? Search = null,
    CellStatus? Status = null,
    int Page = 1,
    int PageSize = GetGradebookQuery.DefaultPageSize) : IQuery<GradebookDto>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}

public sealed record GradebookDto(
    Guid ClassroomId,
    string ClassroomName,
    IReadOnlyList<GradebookAssignmentDto> Assignments,
    IReadOnlyList<GradebookRowDto> Rows,
    int TotalStudents,
    int Page,
    int PageSize,
    int PageCount);

public sealed record GradebookAssignmentDto(Guid Id, string Title, Guid QuizId, GradingMethod GradingMethod, DateTimeOffset DueAt);

public sealed record GradebookRowDto(string StudentId, string DisplayName, IReadOnlyList<GradebookCellDto> Cells, decimal? Average);

public sealed record GradebookCellDto(
    Guid AssignmentId,
    CellStatus Status,
    decimal? FinalPercent,
    IReadOnlyList<GradebookAttemptDto> Attempts,
    bool HasAccommodation);

public sealed record GradebookAttemptDto(Guid Id, int Number, AttemptStatus Status, decimal? Percent, bool IsLate);

public sealed class GetGradebookQueryValidator : AbstractValidator<GetGradebookQuery>
{
    public GetGradebookQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(0, GetGradebookQuery.MaxPageSize);
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Sort).MaximumLength(64);
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class GetGradebookQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetGradebookQuery, GradebookDto>
{
    public async ValueTask<GradebookDto> Handle(GetGradebookQuery query, CancellationToken cancellationToken)
    {
        // The classroom's name and assignments only: the roster is read below as ids, never as entities.
        var classroom = await db.Classrooms.AsNoTracking().TaughtBy(currentUser.Id)
            .Where(c => c.Id == query.ClassroomId)
            .Select(c => new { c.Id, c.Name, c.Assignments })
            .FirstOrNotFoundAsync(nameof(Classroom), query.ClassroomId, cancellationToken);
        var assignments = classroom.Assignments.OrderBy(a => a.DueAt).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        var quizIds = assignments.Select(a => a.QuizId).Distinct().ToList();
        var methods = await db.Quizzes.AsNoTracking()
            .Where(q => quizIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Settings.GradingMethod })
            .ToDictionaryAsync(q => q.Id, q => q.GradingMethod, cancellationToken);

        // Ids and names in one statement: the names are needed to sort by name in the reader's culture.
        var roster = await db.ActiveStudentsAsync(classroom.Id, withNames: true, cancellationToken);
        var students = roster.Select(s => new Student(s.StudentId, s.DisplayName ?? s.StudentId)).ToList();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            students = students.Where(s => s.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var book = new Book(assignments, methods);
        var gradeKey = GradeKey(query, assignments);
        int total;
        Paging paging;
        List<GradebookRowDto> rows;
        if (gradeKey is null && query.Status is null)
        {
            // In name order without a status filter, only the students on the page need their attempts read.
            var sorted = ByName(students, s => s.DisplayName, query.Descending).ToList();
            total = sorted.Count;
            paging = Paging.Of(query, total);
            var onPage = sorted.Skip(paging.Skip).Take(paging.Size).ToList();
            rows = book.Rows(onPage, await AttemptsOfAsync(classroom.Id, onPage, onPage.Count == roster.Count, cancellationToken));
        }
        else
        {
            // The order or the filter depends on every student's grades, so every student's attempts are read.
            var all = book.Rows(students, await AttemptsOfAsync(classroom.Id, students, students.Count == roster.Count, cancellationToken))
                .Where(r => query.Status is not { } status || r.Cells.Any(c => c.Status == status))
                .ToList();
            total = all.Count;
            paging = Paging.Of(query, total);
            rows = Sorted(all, query, gradeKey).Skip(paging.Skip).Take(paging.Size).ToList();
        }

        return new GradebookDto(
            classroom.Id,
            classroom.Name,
            assignments.Select(a => new GradebookAssignmentDto(a.Id, a.Title, a.QuizId, book.MethodOf(a), a.DueAt)).ToList(),
            rows,
            total,
            paging.Page,
            paging.Size,
            paging.Count);
    }

    /// <summary>The classroom's attempts of these students (of all of them when <paramref name="everyone"/>), as the facts the rules need.</summary>
    private async Task<Dictionary<(Guid AssignmentId, string StudentId), List<AttemptFacts>>> AttemptsOfAsync(
        Guid classroomId, IReadOnlyCollection<Student> students, bool everyone, CancellationToken cancellationToken)
    {
        var attempts = db.Attempts.AsNoTracking().Where(a => a.ClassroomId == classroomId);
        if (!everyone)
        {
            var ids = students.Select(s => s.Id).ToList();
            attempts = attempts.Where(a => ids.Contains(a.StudentId));
        }

        var rows = await attempts
            .Select(a => new { a.Id, a.AssignmentId, a.StudentId, a.Number, a.Status, a.Score, a.ScoreOverride, a.MaxScore, a.IsLate, a.SubmittedAt })
            .ToListAsync(cancellationToken);
        // One list per cell in attempt-number order, built in one pass: the export reads every student's cells.
        var byCell = new Dictionary<(Guid AssignmentId, string StudentId), List<AttemptFacts>>();
        foreach (var a in rows)
        {
            var final = a.ScoreOverride ?? a.Score;
            var percent = final is { } s && a.MaxScore > 0 ? Math.Round(s * 100m / a.MaxScore, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
            var facts = new AttemptFacts(a.Id, a.Number, a.Status, percent, a.IsLate, !a.IsLate || a.ScoreOverride is not null, a.SubmittedAt);
            if (byCell.TryGetValue((a.AssignmentId, a.StudentId), out var cell))
            {
                cell.Add(facts);
            }
            else
            {
                byCell.Add((a.AssignmentId, a.StudentId), [facts]);
            }
        }

        foreach (var cell in byCell.Values)
        {
            if (cell.Count > 1)
            {
                cell.Sort((x, y) => x.Number.CompareTo(y.Number));
            }
        }

        return byCell;
    }

    /// <summary>The grade a "sort by grade" orders by (the average, or one assignment's final grade); null when sorting by name.</summary>
    private static Func<GradebookRowDto, decimal?>? GradeKey(GetGradebookQuery query, IReadOnlyList<Assignment> assignments)
    {
        if (string.Equals(query.Sort, "average", StringComparison.OrdinalIgnoreCase))
        {
            return r => r.Average;
        }

        return Guid.TryParse(query.Sort, out var assignmentId) && assignments.Any(a => a.Id == assignmentId)
            ? r => r.Cells.First(c => c.AssignmentId == assignmentId).FinalPercent
            : null;
    }

    private static IOrderedEnumerable<T> ByName<T>(IEnumerable<T> items, Func<T, string> name, bool descending) =>
        descending
            ? items.OrderByDescending(name, StringComparer.CurrentCultureIgnoreCase)
            : items.OrderBy(name, StringComparer.CurrentCultureIgnoreCase);

    // Students without a grade sort last either way, so "best first" and "worst first" both start with real grades.
    private static IEnumerable<GradebookRowDto> Sorted(IEnumerable<GradebookRowDto> rows, GetGradebookQuery query, Func<GradebookRowDto, decimal?>? key)
    {
        if (key is null)
        {
            return ByName(rows, r => r.DisplayName, query.Descending);
        }

        var withGrade = rows.OrderBy(r => key(r) is null);
        return query.Descending
            ? withGrade.ThenByDescending(key).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            : withGrade.ThenBy(key).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase);
    }

    private sealed record Student(string Id, string DisplayName);

    /// <summary>Which rows a page holds: a page size of 0 is one page of everyone, and a page past the end is the last.</summary>
    private readonly record struct Paging(int Page, int Size, int Count)
    {
        public int Skip => (Page - 1) * Size;

        public static Paging Of(GetGradebookQuery query, int total)
        {
            var size = query.PageSize == 0 ? Math.Max(1, total) : query.PageSize;
            var count = Math.Max(1, (int)Math.Ceiling(total / (double)size));
            return new Paging(Math.Min(query.Page, count), size, count);
        }
    }

    /// <summary>The assignments and their grading methods, which turn a student's attempts into a row.</summary>
    private sealed class Book(IReadOnlyList<Assignment> assignments, IReadOnlyDictionary<Guid, GradingMethod> methods)
    {
        private static readonly List<AttemptFacts> NoAttempts = [];

        public GradingMethod MethodOf(Assignment assignment) => methods.GetValueOrDefault(assignment.QuizId, GradingMethod.Highest);

        public List<GradebookRowDto> Rows(IEnumerable<Student> students, Dictionary<(Guid AssignmentId, string StudentId), List<AttemptFacts>> byCell) =>
            students.Select(student =>
            {
                var cells = assignments.Select(assignment =>
                {
                    var facts = byCell.GetValueOrDefault((assignment.Id, student.Id)) ?? NoAttempts;
                    return new GradebookCellDto(
                        assignment.Id,
                        GradebookRules.StatusOf(facts, assignment.EffectiveWindowFor(student.Id).DueAt),
                        GradebookRules.FinalPercent(MethodOf(assignment), facts),
                        facts.Count == 0 ? [] : facts.ConvertAll(f => new GradebookAttemptDto(f.Id, f.Number, f.Status, f.Percent, f.IsLate)),
                        assignment.OverrideFor(student.Id) is not null);
                }).ToList();
                return new GradebookRowDto(student.Id, student.DisplayName, cells, GradebookRules.Average(cells.Select(c => c.FinalPercent)));
            }).ToList();
    }
}
