using IRLearn.Infrastructure.Documents;

namespace IRLearn.Web.Infrastructure;

public static partial class WebFeatures
{
    // Importing reads uploaded documents (.txt, .md, .html, .pdf, .docx) with their size, binary and language guards.
    static partial void AddTeachingServices(IServiceCollection services) => services.AddDocumentReaders();
}
