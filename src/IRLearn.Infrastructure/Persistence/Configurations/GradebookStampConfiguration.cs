using IRLearn.Application.Grading.Common;
using IRLearn.Domain.Classrooms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class GradebookStampConfiguration : IEntityTypeConfiguration<GradebookStamp>
{
    public void Configure(EntityTypeBuilder<GradebookStamp> builder)
    {
        // A row per classroom, kept beside it rather than on it: the stamp is the read side's, not the aggregate's.
        builder.ToTable("GradebookStamps");
        builder.HasKey(s => s.ClassroomId);
        builder.Property(s => s.ClassroomId).ValueGeneratedNever();
        builder.HasOne<Classroom>().WithOne().HasForeignKey<GradebookStamp>(s => s.ClassroomId).OnDelete(DeleteBehavior.Cascade);
    }
}
