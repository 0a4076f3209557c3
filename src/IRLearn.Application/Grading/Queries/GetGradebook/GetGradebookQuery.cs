using FluentValidation;
using IRLearn.Application.Common.Access;
using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Common.Security;
using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Quizzes;
using Mediator;
using Microsoft.EntityFrameworkCore;

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

public sealed class GetGradebookQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IIdentityService identity)
    : IQueryHandler<GetGradebookQuery, GradebookDto>
{
    public async ValueTask<GradebookDto> Handle(GetGradebookQuery query, CancellationToken cancellationToken)
    {
        var classroom = await db.Classrooms.AsNoTracking().TaughtBy(currentUser.Id).FirstOrNotFoundAsync(query.ClassroomId, cancellationToken);
        var assignments = classroom.Assignments.OrderBy(a => a.DueAt).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        var quizIds = assignments.Select(a => a.QuizId).Distinct().ToList();
        var methods = (await db.Quizzes.AsNoTracking().Where(q => quizIds.Contains(q.Id)).ToListAsync(cancellationToken))
            .ToDictionary(q => q.Id, q => q.Settings.GradingMethod);

        var attempts = await db.Attempts.AsNoTracking()
            .Where(a => a.ClassroomId == classroom.Id)
            .Select(a => new { a.Id, a.AssignmentId, a.StudentId, a.Number, a.Status, a.Score, a.ScoreOverride, a.MaxScore, a.IsLate, a.SubmittedAt })
            .ToListAsync(cancellationToken);
        var byCell = attempts
            .Select(a =>
            {
                var final = a.ScoreOverride ?? a.Score;
                var percent = final is { } s && a.MaxScore > 0 ? Math.Round(s * 100m / a.MaxScore, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
                return (a.AssignmentId, a.StudentId, Facts: new AttemptFacts(a.Id, a.Number, a.Status, percent, a.IsLate, !a.IsLate || a.ScoreOverride is not null, a.SubmittedAt));
            })
            .ToLookup(a => (a.AssignmentId, a.StudentId), a => a.Facts);

        var studentIds = classroom.Enrollments.Where(e => e.IsActive).Select(e => e.StudentId).ToList();
        var names = await identity.GetDisplayNamesAsync(studentIds, cancellationToken);

        var rows = studentIds.Select(studentId =>
        {
            var cells = assignments.Select(assignment =>
            {
                var facts = byCell[(assignment.Id, studentId)].OrderBy(f => f.Number).ToList();
                var method = methods.GetValueOrDefault(assignment.QuizId, GradingMethod.Highest);
                return new GradebookCellDto(
                    assignment.Id,
                    GradebookRules.StatusOf(facts, assignment.EffectiveWindowFor(studentId).DueAt),
                    GradebookRules.FinalPercent(method, facts),
                    facts.Select(f => new GradebookAttemptDto(f.Id, f.Number, f.Status, f.Percent, f.IsLate)).ToList(),
                    assignment.OverrideFor(studentId) is not null);
            }).ToList();
            return new GradebookRowDto(studentId, names.GetValueOrDefault(studentId, studentId), cells, GradebookRules.Average(cells.Select(c => c.FinalPercent)));
        });

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            rows = rows.Where(r => r.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.Cells.Any(c => c.Status == status));
        }

        var filtered = Sorted(rows, query, assignments.Select(a => a.Id).ToList()).ToList();
        var pageSize = query.PageSize == 0 ? Math.Max(1, filtered.Count) : query.PageSize;
        var pageCount = Math.Max(1, (int)Math.Ceiling(filtered.Count / (double)pageSize));
        var page = Math.Min(query.Page, pageCount);

        return new GradebookDto(
            classroom.Id,
            classroom.Name,
            assignments.Select(a => new GradebookAssignmentDto(a.Id, a.Title, a.QuizId, methods.GetValueOrDefault(a.QuizId, GradingMethod.Highest), a.DueAt)).ToList(),
            filtered.Skip((page - 1) * pageSize).Take(pageSize).ToList(),
            filtered.Count,
            page,
            pageSize,
            pageCount);
    }

    // Students without a grade sort last either way, so "best first" and "worst first" both start with real grades.
    private static IEnumerable<GradebookRowDto> Sorted(IEnumerable<GradebookRowDto> rows, GetGradebookQuery query, IReadOnlyList<Guid> assignmentIds)
    {
        Func<GradebookRowDto, decimal?>? key = null;
        if (string.Equals(query.Sort, "average", StringComparison.OrdinalIgnoreCase))
        {
            key = r => r.Average;
        }
        else if (Guid.TryParse(query.Sort, out var assignmentId) && assignmentIds.Contains(assignmentId))
        {
            key = r => r.Cells.First(c => c.AssignmentId == assignmentId).FinalPercent;
        }

        if (key is null)
        {
            return query.Descending
                ? rows.OrderByDescending(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                : rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase);
        }

        var withGrade = rows.OrderBy(r => key(r) is null);
        return query.Descending
            ? withGrade.ThenByDescending(key).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            : withGrade.ThenBy(key).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase);
    }
}
