// Listed once for the project: the Application's shared types and the domain values the requests carry; what the tests
// assert on (validation refusals, not-found and forbidden outcomes, domain rule breaks); and the test host (TestApp, the
// scenario builder, demo accounts, the test clock). The use cases themselves come from the Web project's
// GlobalUsings.UseCases.cs, linked in the project file.
global using FluentValidation;
global using IRLearn.Application.Attempts;
global using IRLearn.Application.Common.Exceptions;
global using IRLearn.Application.Common.Interfaces;
global using IRLearn.Application.FunctionalTests.Infrastructure;
global using IRLearn.Application.QuestionBank;
global using IRLearn.Domain.Attempts;
global using IRLearn.Domain.Common;
global using IRLearn.Domain.Lessons;
global using IRLearn.Domain.QuestionBank;
global using IRLearn.Domain.Quizzes;
