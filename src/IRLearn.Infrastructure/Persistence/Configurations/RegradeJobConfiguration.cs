using IRLearn.Infrastructure.BackgroundWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class RegradeJobConfiguration : IEntityTypeConfiguration<RegradeJob>
{
    public void Configure(EntityTypeBuilder<RegradeJob> builder)
    {
        builder.ToTable("RegradeJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.RequestedBy).HoldsUserId().IsRequired();
        builder.Property(j => j.Holder).HasMaxLength(InstanceIdentity.MaxLength);
        builder.Property(j => j.Error).HasMaxLength(1000);
        builder.Property(j => j.Report!).HasJsonConversion().IsRequired(false);
        // Every runner asks for the oldest claimable job on each poll.
        builder.HasIndex(j => new { j.State, j.QueuedAt });
    }
}
