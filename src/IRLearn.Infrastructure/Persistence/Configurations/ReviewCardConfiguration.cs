using IRLearn.Domain.Progress;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCardConfiguration : IEntityTypeConfiguration<ReviewCard>
{
    public void Configure(EntityTypeBuilder<ReviewCard> builder)
    {
        builder.ToAggregateTable("ReviewCards");
        builder.Property(c => c.StudentId).HoldsUserId().IsRequired();
        builder.HasOne<Question>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.StudentId, c.QuestionId }).IsUnique();
        builder.HasIndex(c => new { c.StudentId, c.Due });
    }
}
