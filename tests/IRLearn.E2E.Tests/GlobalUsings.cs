// Listed once for the project: Playwright, the browser fixture and server, the seed helpers (and the shared
// QuizScenario they build on), and the database and services the tests reach into to set up and check what the
// browser did.
global using IRLearn.Domain.Lessons;
global using IRLearn.Domain.QuestionBank;
global using IRLearn.Domain.Quizzes;
global using IRLearn.E2E.Tests.Infrastructure;
global using IRLearn.E2E.Tests.Learn;
global using IRLearn.Infrastructure.Persistence;
global using IRLearn.Testing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Playwright;
