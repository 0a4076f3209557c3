namespace IRLearn.Application.Lessons.Queries.ReadLesson;

/// <summary>
/// A published lesson for a student to read, with its key terms. A student may read the lessons of
/// quizzes assigned to their classrooms; any other lesson answers 404.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed record ReadLessonQuery(Guid LessonId) : IQuery<LessonReaderDto>;

public sealed record LessonReaderDto(
    Guid Id,
    string Title,
    string Summary,
    IReadOnlyList<LessonSection> Sections,
    IReadOnlyList<KeyTerm> KeyTerms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Tags);

public sealed class ReadLessonQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<ReadLessonQuery, LessonReaderDto>
{
    public async ValueTask<LessonReaderDto> Handle(ReadLessonQuery query, CancellationToken cancellationToken)
    {
        var studentId = currentUser.Id;
        var lesson = await db.Lessons.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Id == query.LessonId && l.Status == LessonStatus.Published, cancellationToken)
            ?? throw new NotFoundException("Lesson", query.LessonId);

        var quizIds = await db.Classrooms.AsNoTracking()
            .AttendedBy(studentId)
            .SelectMany(c => c.Assignments.Select(a => a.QuizId))
            .Distinct()
            .ToListAsync(cancellationToken);
        var quizzes = await db.Quizzes.AsNoTracking().Where(q => quizIds.Contains(q.Id)).ToListAsync(cancellationToken);
        if (!quizzes.Exists(q => q.LessonIds.Contains(lesson.Id)))
        {
            throw new NotFoundException("Lesson", query.LessonId);
        }

        return new LessonReaderDto(lesson.Id, lesson.Title, lesson.Summary, lesson.Sections, lesson.KeyTerms, lesson.Objectives, lesson.Tags);
    }
}
