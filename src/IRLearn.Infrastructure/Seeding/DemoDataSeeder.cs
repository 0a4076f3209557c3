using System.Text.Json;
using IRLearn.Domain.Classrooms;
using IRLearn.Infrastructure.Identity;
using IRLearn.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IRLearn.Infrastructure.Seeding;

/// <summary>
/// Loads the demo accounts and classrooms from <c>seed/demo/demo-data.json</c>. It only adds what is
/// missing, so it is safe to run on every start.
/// </summary>
public sealed class DemoDataSeeder(
    ApplicationDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seed", "demo", "demo-data.json");

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var path = DefaultPath;
        if (!File.Exists(path))
        {
            logger.LogWarning("No demo data at {Path}; skipping the seed", path);
            return;
        }

        await using var stream = File.OpenRead(path);
        var data = await JsonSerializer.DeserializeAsync<DemoData>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"{path} is empty.");

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var demo in data.Users)
        {
            ids[demo.Email] = await EnsureUserAsync(demo, data.Password);
        }

        await SeedClassroomsAsync(data, ids, cancellationToken);
        logger.LogInformation("Demo data present: {Users} users, {Classrooms} classrooms", data.Users.Count, data.Classrooms.Count);
    }

    private async Task<string> EnsureUserAsync(DemoUser demo, string password)
    {
        var existing = await userManager.FindByEmailAsync(demo.Email);
        if (existing is not null)
        {
            return existing.Id;
        }

        var user = new ApplicationUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, demo.Role);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {demo.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        return user.Id;
    }

    private async Task SeedClassroomsAsync(DemoData data, Dictionary<string, string> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var demo in data.Classrooms)
        {
            var code = JoinCode.Parse(demo.JoinCode);
            if (await db.Classrooms.AnyAsync(c => c.JoinCode == code, cancellationToken))
            {
                continue;
            }

            var classroom = Classroom.Create(demo.Name, ids[demo.Instructor], code, now);
            foreach (var student in demo.Students)
            {
                classroom.AddStudent(ids[student], now);
            }

            db.Classrooms.Add(classroom);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
