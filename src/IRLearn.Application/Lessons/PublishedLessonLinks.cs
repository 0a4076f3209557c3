using IRLearn.Application.Classrooms.Queries.GetStudentDashboard;

namespace IRLearn.Application.Lessons;

/// <summary>Links to the lessons a student may read among some lesson ids: only published ones, by title (drafts answer "not found" on the lesson page).</summary>
public static class PublishedLessonLinks
{
    public static Task<List<LessonLinkDto>> PublishedLinksAsync(this IQueryable<Lesson> lessons, IEnumerable<Guid> lessonIds, CancellationToken cancellationToken)
    {
        var ids = lessonIds.Distinct().ToList();
        return lessons.AsNoTracking()
            .Where(l => ids.Contains(l.Id) && l.Status == LessonStatus.Published)
            .OrderBy(l => l.Title)
            .Select(l => new LessonLinkDto(l.Id, l.Title))
            .ToListAsync(cancellationToken);
    }
}
