// Namespaces the pages and endpoint groups share, listed once for the project.
global using System.Globalization;

// The Application's types the pages and endpoints share (answer shapes, question input, leaderboard windows, grading
// cells, the current user, expected outcomes); its use cases are in GlobalUsings.UseCases.cs.
global using IRLearn.Application.Attempts;
global using IRLearn.Application.Common.Exceptions;
global using IRLearn.Application.Common.Interfaces;
global using IRLearn.Application.Grading.Common;
global using IRLearn.Application.Leaderboards;
global using IRLearn.Application.QuestionBank;

// The domain's values the pages and endpoints show and bind (question types, quiz and attempt states).
global using IRLearn.Domain.Attempts;
global using IRLearn.Domain.Common;
global using IRLearn.Domain.Lessons;
global using IRLearn.Domain.QuestionBank;
global using IRLearn.Domain.Quizzes;

// The Web layer's own helpers (page outcomes, display names, reader time), the sender, and the page and API results.
global using IRLearn.Web.Infrastructure;
global using Mediator;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
