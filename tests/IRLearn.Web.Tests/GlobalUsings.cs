// Listed once for the project (and for IRLearn.Web.Tests.PostgreSql, which compiles the same files): HTTP and JSON,
// the web factory and API helpers, the shared scenario builders, and the database and domain the tests set up and read.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text;
global using System.Text.Json;
global using System.Text.RegularExpressions;
global using IRLearn.Domain.Attempts;
global using IRLearn.Domain.Lessons;
global using IRLearn.Domain.QuestionBank;
global using IRLearn.Domain.Quizzes;
global using IRLearn.Infrastructure.Persistence;
global using IRLearn.Testing;
global using IRLearn.Web.Tests.Api;
global using IRLearn.Web.Tests.Infrastructure;
global using IRLearn.Web.Tests.Learn;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.AspNetCore.Mvc.Testing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
