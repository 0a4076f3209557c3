using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToAggregateTable("Questions");
        builder.Property(q => q.OwnerId).HoldsUserId().IsRequired();
        builder.Property(q => q.Origin).StoredByName();
        builder.Property(q => q.ReviewStatus).StoredByName();
        builder.Property(q => q.Tier).StoredByName();
        builder.Ignore(q => q.CurrentVersion);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(q => q.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Versions).WithOne().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasIndex(q => new { q.LessonId, q.ReviewStatus });
    }
}

internal sealed class QuestionVersionConfiguration : IEntityTypeConfiguration<QuestionVersion>
{
    public void Configure(EntityTypeBuilder<QuestionVersion> builder)
    {
        // Attempts point at a version's id, so versions are never updated once an attempt may have shown them.
        builder.ToEntityTable("QuestionVersions");
        builder.Property(v => v.Content).HasColumnName("Content").HasJsonConversion(DomainJson.Write, DomainJson.ReadContent);
        builder.HasIndex(v => new { v.QuestionId, v.Number }).IsUnique();
    }
}
