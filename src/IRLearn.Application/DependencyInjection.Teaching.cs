using FluentValidation;
using IRLearn.Application.Articles;
using IRLearn.Application.Articles.Commands.ImportArticle;
using IRLearn.Application.Classrooms.Commands.AddCoInstructor;
using IRLearn.Application.Classrooms.Commands.AssignQuiz;
using IRLearn.Application.Classrooms.Commands.CreateClassroom;
using IRLearn.Application.Classrooms.Commands.SetStudentOverride;
using IRLearn.Application.Lessons.Commands.UpdateLesson;
using IRLearn.Application.QuestionBank.Commands.AddQuestion;
using IRLearn.Application.QuestionBank.Commands.EditQuestion;
using IRLearn.Application.QuestionBank.Commands.ReviewQuestions;
using IRLearn.Application.Quizzes.Commands.AddDrawRule;
using IRLearn.Application.Quizzes.Commands.AddQuizQuestions;
using IRLearn.Application.Quizzes.Commands.CreateQuiz;
using IRLearn.Application.Quizzes.Commands.UpdateQuizSettings;
using IRLearn.QuestionGeneration;
using Microsoft.Extensions.DependencyInjection;

namespace IRLearn.Application;

public static partial class DependencyInjection
{
    // Teaching: importing articles, reviewing lessons and question banks, building quizzes, running classrooms.
    static partial void AddTeaching(IServiceCollection services)
    {
        // The engine is pure and stateless, so one instance serves every request.
        services.AddSingleton<IArticleGenerator, ArticleGenerator>();
        services.AddSingleton<ArticleImporter>();

        services.AddScoped<IValidator<ImportArticleCommand>, ImportArticleCommandValidator>();
        services.AddScoped<IValidator<UpdateLessonCommand>, UpdateLessonCommandValidator>();
        services.AddScoped<IValidator<AddQuestionCommand>, AddQuestionCommandValidator>();
        services.AddScoped<IValidator<EditQuestionCommand>, EditQuestionCommandValidator>();
        services.AddScoped<IValidator<ReviewQuestionsCommand>, ReviewQuestionsCommandValidator>();
        services.AddScoped<IValidator<CreateQuizCommand>, CreateQuizCommandValidator>();
        services.AddScoped<IValidator<AddQuizQuestionsCommand>, AddQuizQuestionsCommandValidator>();
        services.AddScoped<IValidator<AddDrawRuleCommand>, AddDrawRuleCommandValidator>();
        services.AddScoped<IValidator<UpdateQuizSettingsCommand>, UpdateQuizSettingsCommandValidator>();
        services.AddScoped<IValidator<CreateClassroomCommand>, CreateClassroomCommandValidator>();
        services.AddScoped<IValidator<AddCoInstructorCommand>, AddCoInstructorCommandValidator>();
        services.AddScoped<IValidator<AssignQuizCommand>, AssignQuizCommandValidator>();
        services.AddScoped<IValidator<SetStudentOverrideCommand>, SetStudentOverrideCommandValidator>();
    }
}
