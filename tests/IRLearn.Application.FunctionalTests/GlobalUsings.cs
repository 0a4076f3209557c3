// Listed once for the project: what the tests assert on beyond the Application's own outcomes (validation refusals)
// and the test host (TestApp, the scenario builder, demo accounts, the test clock). The use cases and the Application
// and Domain types they carry come from the Web project's GlobalUsings.UseCases.cs, linked in the project file.
global using FluentValidation;
global using IRLearn.Application.FunctionalTests.Infrastructure;
