using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IRLearn.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Shows a use case's validation errors beside the form fields they belong to.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string prefix)
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? string.Empty : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
