// What nearly every use case file needs: the request and handler interfaces, the database and current user, the access
// filters, the [Authorize] roles, the expected outcomes, validators, EF Core's async operators and the aggregates.
global using FluentValidation;
global using IRLearn.Application.Common.Access;
global using IRLearn.Application.Common.Exceptions;
global using IRLearn.Application.Common.Interfaces;
global using IRLearn.Application.Common.Security;
global using IRLearn.Domain.Attempts;
global using IRLearn.Domain.Classrooms;
global using IRLearn.Domain.Lessons;
global using IRLearn.Domain.QuestionBank;
global using IRLearn.Domain.Quizzes;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
