using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class AttemptConfiguration : IEntityTypeConfiguration<Attempt>
{
    public void Configure(EntityTypeBuilder<Attempt> builder)
    {
        builder.ToAggregateTable("Attempts");
        builder.Property(a => a.StudentId).HoldsUserId().IsRequired();
        builder.Property(a => a.Status).StoredByName();
        builder.Property(a => a.LatePolicy).StoredByName();
        builder.Property(a => a.ScoreOverrideReason).HasMaxLength(1000);
        builder.Property(a => a.ScoreOverriddenBy).HoldsUserId();

        // Every mutation of an attempt replaces the stamp, so two writers racing on one attempt
        // (two tabs, a save and an auto-submit) cannot silently overwrite each other.
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();

        builder.OwnsMany(a => a.Items, items =>
        {
            items.ToTable("AttemptItems");
            items.WithOwner().HasForeignKey("AttemptId");
            items.HasKey("AttemptId", nameof(AttemptItem.Order));
            items.Property(i => i.Order).ValueGeneratedNever();
            items.Property(i => i.OptionOrder);
        });
        builder.Navigation(a => a.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(a => a.Responses).WithOne().HasForeignKey(r => r.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Responses).HasField("_responses").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(a => a.GradeChanges).WithOne().HasForeignKey(g => g.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.GradeChanges).HasField("_gradeChanges").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Assignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.AssignmentId, a.StudentId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.StudentId, a.Status });

        // The gradebook reads one page of a classroom's students at a time: their attempts by classroom and student.
        builder.HasIndex(a => new { a.ClassroomId, a.StudentId });

        // The boards read a classroom's graded first attempts (since a date, for the term and week boards): through the index above
        // they stepped over every attempt of the class, retakes and ones in progress included (issue 16).
        builder.HasIndex(a => new { a.ClassroomId, a.Number, a.Status, a.SubmittedAt });
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> builder)
    {
        builder.ToEntityTable("Responses");
        builder.Property(r => r.Answer).HasColumnName("Answer").HasJsonConversion(DomainJson.Write, DomainJson.ReadAnswer);
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.Property(r => r.GradedBy).HoldsUserId();
        builder.HasIndex(r => new { r.AttemptId, r.QuestionVersionId }).IsUnique();
        builder.HasIndex(r => r.QuestionVersionId);
    }
}

internal sealed class GradeChangeConfiguration : IEntityTypeConfiguration<GradeChange>
{
    public void Configure(EntityTypeBuilder<GradeChange> builder)
    {
        builder.ToEntityTable("GradeChanges");
        builder.Property(g => g.ChangedBy).HoldsUserId().IsRequired();
        builder.Property(g => g.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(g => g.Kind).StoredByName();
        builder.HasIndex(g => g.AttemptId);
    }
}
