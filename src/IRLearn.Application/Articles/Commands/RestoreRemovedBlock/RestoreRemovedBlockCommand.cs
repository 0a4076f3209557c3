namespace IRLearn.Application.Articles.Commands.RestoreRemovedBlock;

/// <summary>Puts a block the cleaner removed as boilerplate back at the end of the article (existing question offsets stay valid).</summary>
[Authorize(Roles = Roles.Instructor)]
public sealed record RestoreRemovedBlockCommand(Guid ArticleId, int Index) : ICommand;

public sealed class RestoreRemovedBlockCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<RestoreRemovedBlockCommand>
{
    public async ValueTask<Unit> Handle(RestoreRemovedBlockCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var article = await db.Articles.OwnedBy(userId).FirstOrNotFoundAsync(command.ArticleId, cancellationToken);
        article.RestoreBlock(command.Index);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
