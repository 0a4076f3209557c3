using Microsoft.AspNetCore.Identity;

namespace IRLearn.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown to instructors and classmates, e.g. "Aigerim Nurlanova".</summary>
    public string DisplayName { get; set; } = string.Empty;
}
