using IRLearn.Infrastructure.BackgroundWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        // The name is the key: the first two instances to create a lease's row race on it, and one wins (ADR 20).
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(Lease.MaxNameLength).ValueGeneratedNever();
        builder.Property(l => l.Holder).HasMaxLength(InstanceIdentity.MaxLength).IsRequired();
    }
}
