using IRLearn.Domain.Progress;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCardConfiguration : IEntityTypeConfiguration<ReviewCard>
{
    public void Configure(EntityTypeBuilder<ReviewCard> builder)
    {
        builder.ToTable("ReviewCards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.StudentId).HasMaxLength(450).IsRequired();
        builder.Ignore(c => c.DomainEvents);
        builder.HasOne<Question>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.StudentId, c.QuestionId }).IsUnique();
        builder.HasIndex(c => new { c.StudentId, c.Due });
    }
}
