using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ClassroomConfiguration : IEntityTypeConfiguration<Classroom>
{
    public void Configure(EntityTypeBuilder<Classroom> builder)
    {
        builder.ToTable("Classrooms");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Classroom.MaxNameLength).IsRequired();
        builder.Property(c => c.JoinCode)
            .HasConversion(code => code.Value, value => JoinCode.Parse(value))
            .HasMaxLength(JoinCode.Length)
            .IsRequired();

        // The domain generates codes at random; this index is what makes "a join code is unique" true.
        builder.HasIndex(c => c.JoinCode).IsUnique();
        builder.Ignore(c => c.OwnerId);
        builder.Ignore(c => c.DomainEvents);

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
        builder.ToTable("ClassroomInstructors");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex("ClassroomId", nameof(ClassroomInstructor.UserId)).IsUnique();
        builder.HasIndex(i => i.UserId);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("Enrollments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.StudentId).HasMaxLength(450).IsRequired();
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
        builder.ToTable("Assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Ignore(a => a.Overrides);
        builder.JsonListField<Assignment, StudentOverride>("_overrides", "Overrides");
        builder.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.QuizId);
    }
}
