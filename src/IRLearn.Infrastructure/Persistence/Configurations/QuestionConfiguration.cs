using IRLearn.Domain.Lessons;
using IRLearn.Domain.QuestionBank;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(q => q.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.ReviewStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(q => q.CurrentVersion);
        builder.Ignore(q => q.DomainEvents);
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
        builder.ToTable("QuestionVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Content).HasColumnName("Content").HasJsonConversion(DomainJson.Write, DomainJson.ReadContent);
        builder.HasIndex(v => new { v.QuestionId, v.Number }).IsUnique();
    }
}
