using IRLearn.Application.Common.Interfaces;
using IRLearn.Application.Grading.Common;
using IRLearn.Infrastructure.BackgroundWork;
using IRLearn.Infrastructure.Documents;
using IRLearn.Infrastructure.Identity;
using IRLearn.Infrastructure.Persistence;
using IRLearn.Infrastructure.Seeding;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IRLearn.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.SeedDemoData ??= environment.IsDevelopment();
        var connectionString = options.Provider switch
        {
            DatabaseProvider.Sqlite => ProviderSetup.ResolveSqliteConnectionString(options.ConnectionString, environment.ContentRootPath),
            _ => string.IsNullOrWhiteSpace(options.ConnectionString)
                ? throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {options.Provider}.")
                : options.ConnectionString,
        };

        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        // Pooled contexts (issue 16): building a context and its connection object was half of what a save allocated.
        // EF's scoped lease is the one owner that hands the context back to the pool, once, after everything else in the
        // scope is disposed; the context's own Dispose, which the scope calls for each registration below that returns it,
        // does nothing to a leased context. (A scoped factory over IDbContextFactory made each of those calls a return to
        // the pool, so a context could be handed to two requests at once.)
        services.AddDbContextPool<ApplicationDbContext>(db =>
        {
            db.UseProvider(options.Provider, connectionString);
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                db.AddInterceptors(new SqliteWalInterceptor(options.SqliteSynchronous));
            }
        });
        var leased = services.Single(d => d.ServiceType == typeof(ApplicationDbContext));
        services.Remove(leased);
        services.AddScoped(sp =>
        {
            // The leased context publishes its domain events through this scope's Mediator.
            var db = (ApplicationDbContext)leased.ImplementationFactory!(sp);
            db.PublishThrough(sp.GetService<IPublisher>(), sp.GetService<ILogger<ApplicationDbContext>>());
            return db;
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());

        // Background work with N instances (ADR 20): regrade jobs and leases of periodic jobs live in the database,
        // written with conditional statements that one instance wins; this process's name in them.
        services.AddSingleton(InstanceIdentity.From(configuration["Instance:Id"]));
        services.AddSingleton<RegradeJobDoorbell>();
        services.AddScoped<RegradeJobStore>();
        services.AddScoped<IRegradeJobs>(sp => sp.GetRequiredService<RegradeJobStore>());
        services.AddScoped<DatabaseLeases>();

        // The keys that seal sign-in cookies, antiforgery and bearer tokens live in the database under one application
        // name, so every instance over it accepts what another issued (ADR 19).
        services.AddDataProtection()
            .SetApplicationName("IRLearn")
            .PersistKeysToDbContext<ApplicationDbContext>();

        // Backups the server takes itself (Backup:Directory; off by default), with the same code as `irlearn backup` (ADR 13).
        services.AddOptions<BackupOptions>()
            .BindConfiguration(BackupOptions.SectionName)
            .PostConfigure(backup => backup.Directory = backup.Enabled ? Path.GetFullPath(backup.Directory!, environment.ContentRootPath) : null)
            .Validate(backup => !backup.Enabled || backup.Interval >= TimeSpan.FromMinutes(1), "Backup:Interval must be at least one minute.")
            .Validate(backup => backup.Keep >= 1, "Backup:Keep must be at least 1.")
            .ValidateOnStart();
        var databasePath = options.Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(connectionString).DataSource : null;
        services.AddHostedService(sp => new ScheduledBackups(
            sp.GetRequiredService<IOptions<BackupOptions>>().Value,
            options.Provider,
            databasePath,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ScheduledBackups>>()));

        // Importing reads uploaded documents (.txt, .md, .html, .pdf, .docx) with their size, binary and
        // language guards, and bounded work (a deadline, nesting, element, inflated-size and text limits).
        // Limits come from the "Documents" section (Documents:MaxBytes, Documents:Timeout, Documents:MaxDepth…;
        // see DocumentReaderOptions), so a deployment can change them without a code change.
        services.AddOptions<DocumentReaderOptions>()
            .BindConfiguration(DocumentReaderOptions.SectionName)
            .Validate(o => o.MaxBytes > 0, "Documents:MaxBytes must be positive.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Documents:Timeout must be positive.")
            .Validate(
                o => o.MaxDepth > 0 && o.MaxElements > 0 && o.MaxChildren > 0 && o.MaxInflatedPartBytes > 0 && o.MaxInflatedBytes >= o.MaxInflatedPartBytes
                    && o.MaxTextCharacters > 0 && o.MaxSentenceCharacters > 0 && o.MinWords >= 0,
                "Documents limits must be positive, and MaxInflatedBytes at least MaxInflatedPartBytes.")
            .ValidateOnStart();
        services.AddSingleton<IDocumentReader, DocumentReader>();

        services.AddIdentityCore<ApplicationUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}
