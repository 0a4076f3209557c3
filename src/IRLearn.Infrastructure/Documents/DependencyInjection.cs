using IRLearn.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Infrastructure.Documents;

public static class DocumentReadersDependencyInjection
{
    /// <summary>
    /// Registers <see cref="IDocumentReader"/>. Limits come from the "Documents" configuration section
    /// (Documents:MaxBytes), so a deployment can raise them without a code change.
    /// </summary>
    public static IServiceCollection AddDocumentReaders(this IServiceCollection services)
    {
        services.AddOptions<DocumentReaderOptions>()
            .BindConfiguration(DocumentReaderOptions.SectionName)
            .Validate(o => o.MaxBytes > 0, "Documents:MaxBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IDocumentReader, DocumentReader>();
        return services;
    }
}
