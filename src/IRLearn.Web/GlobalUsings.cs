// Namespaces the pages and endpoint groups share, listed once for the project: the Web layer's own helpers (page
// outcomes, display names, reader time), the sender, and the page and API results. The Application's use cases and
// the Application and Domain types they take and return are in GlobalUsings.UseCases.cs.
global using System.Globalization;
global using IRLearn.Web.Infrastructure;
global using Mediator;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
