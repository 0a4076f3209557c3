using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ClassroomConfiguration : IEntityTypeConfiguration<Classroom>
{
    public void Configure(EntityTypeBuilder<Classroom> builder)
    {
        builder.ToAggregateTable("Classrooms");
        builder.Property(c => c.Name).HasMaxLength(Classroom.MaxNameLength).IsRequired();
        builder.Property(c => c.JoinCode).StoredAsJoinCode();

        // The domain generates codes at random; this index is what makes "a join code is unique" true.
        builder.HasIndex(c => c.JoinCode).IsUnique();
        builder.Ignore(c => c.OwnerId);

        builder.HasMany(c => c.Instructors).WithOne().HasForeignKey("ClassroomId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Instructors).HasField("_instructors").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Enrollments).WithOne().HasForeignKey("ClassroomId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Enrollments).HasField("_enrollments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.ClassroomId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ClassroomInstructorConfiguration : IEntityTypeConfiguration<ClassroomInstructor>
{
    public void Configure(EntityTypeBuilder<ClassroomInstructor> builder)
    {
        builder.ToEntityTable("ClassroomInstructors");
        builder.Property(i => i.UserId).HoldsUserId().IsRequired();
        builder.HasIndex("ClassroomId", nameof(ClassroomInstructor.UserId)).IsUnique();
        builder.HasIndex(i => i.UserId);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToEntityTable("Enrollments");
        builder.Property(e => e.StudentId).HoldsUserId().IsRequired();
        builder.Property(e => e.Alias).HasMaxLength(30);
        builder.Ignore(e => e.IsActive);
        builder.HasIndex("ClassroomId", nameof(Enrollment.StudentId)).IsUnique();
        builder.HasIndex(e => e.StudentId);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToEntityTable("Assignments");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Ignore(a => a.Overrides);
        builder.JsonListField<Assignment, StudentOverride>("_overrides", "Overrides");
        builder.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.QuizId);
    }
}
