namespace IRLearn.Application.QuestionBank.Queries.GetQuestion;

[Authorize(Roles = Roles.Instructor)]
public sealed record GetQuestionQuery(Guid Id) : IQuery<QuestionDto>;

public sealed class GetQuestionQueryHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetQuestionQuery, QuestionDto>
{
    public async ValueTask<QuestionDto> Handle(GetQuestionQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var question = await db.Questions.AsNoTracking()
            .OwnedBy(userId).FirstOrNotFoundAsync(query.Id, cancellationToken);
        return QuestionDto.From(question);
    }
}
