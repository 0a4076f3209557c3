using System.ComponentModel.DataAnnotations;
using IRLearn.Application.Classrooms.Commands.AddCoInstructor;
using IRLearn.Application.Classrooms.Commands.AssignQuiz;
using IRLearn.Application.Classrooms.Commands.RegenerateJoinCode;
using IRLearn.Application.Classrooms.Commands.RemoveStudent;
using IRLearn.Application.Classrooms.Commands.SetStudentOverride;
using IRLearn.Application.Classrooms.Queries.GetClassroom;
using IRLearn.Web.Pages.Teach.Quizzes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace IRLearn.Web.Pages.Teach.Classrooms;

/// <summary>One classroom: join code, instructors, roster, assignments and per-student overrides. Dates are entered in UTC.</summary>
public sealed class DetailsModel(ISender sender, TimeProvider clock) : TeachPageModel
{
    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    [BindProperty]
    public OverrideInput Override { get; set; } = new();

    public ClassroomDto Classroom { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(async () =>
        {
            await LoadClassroomAsync(id, cancellationToken);
            var today = clock.GetUtcNow().UtcDateTime;
            Assign = new AssignInput
            {
                OpensAt = new DateTime(today.Year, today.Month, today.Day, today.Hour, 0, 0, DateTimeKind.Utc),
                DueAt = new DateTime(today.Year, today.Month, today.Day, today.Hour, 0, 0, DateTimeKind.Utc).AddDays(7),
            };
        });

    public Task<IActionResult> OnPostRegenerateCodeAsync(Guid id, CancellationToken cancellationToken) =>
        Run(id, async () => $"The new join code is {await sender.Send(new RegenerateJoinCodeCommand(id), cancellationToken)}; the old one no longer works.", string.Empty, cancellationToken);

    public Task<IActionResult> OnPostRemoveStudentAsync(Guid id, string studentId, CancellationToken cancellationToken) =>
        Run(id, async () =>
        {
            await sender.Send(new RemoveStudentCommand(id, studentId), cancellationToken);
            return "The student was removed from the roster. Their attempts and grades are kept.";
        }, string.Empty, cancellationToken);

    public Task<IActionResult> OnPostAddInstructorAsync(Guid id, string? instructorEmail, CancellationToken cancellationToken) =>
        Run(id, async () =>
        {
            await sender.Send(new AddCoInstructorCommand(id, instructorEmail ?? string.Empty), cancellationToken);
            return $"{instructorEmail} now teaches this classroom with you.";
        }, "instructor", cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken) =>
        Run(id, async () =>
        {
            await sender.Send(
                new AssignQuizCommand(id, Assign.QuizId ?? Guid.Empty, Assign.Title, EditModel.SettingsInput.Utc(Assign.OpensAt) ?? default, EditModel.SettingsInput.Utc(Assign.DueAt) ?? default),
                cancellationToken);
            return "The quiz was assigned.";
        }, nameof(Assign), cancellationToken);

    public Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken cancellationToken) =>
        Run(id, async () =>
        {
            await sender.Send(
                new SetStudentOverrideCommand(
                    id,
                    Override.AssignmentId,
                    Override.StudentId ?? string.Empty,
                    Override.ExtraMinutes ?? 0,
                    Override.ExtraAttempts ?? 0,
                    EditModel.SettingsInput.Utc(Override.DueAt),
                    Override.Reason ?? string.Empty),
                cancellationToken);
            return "The override was saved.";
        }, nameof(Override), cancellationToken);

    private Task<IActionResult> Run(Guid id, Func<Task<string>> change, string prefix, CancellationToken cancellationToken) =>
        TryAsync(
            async () => Done(await change(), routeValues: new { id }),
            () => LoadClassroomAsync(id, cancellationToken),
            prefix);

    private async Task LoadClassroomAsync(Guid id, CancellationToken cancellationToken) =>
        Classroom = await sender.Send(new GetClassroomQuery(id), cancellationToken);

    public sealed class AssignInput
    {
        [Display(Name = "Quiz")]
        public Guid? QuizId { get; set; }

        [StringLength(300), Display(Name = "Title shown to students (optional)")]
        public string? Title { get; set; }

        [Display(Name = "Opens (UTC)")]
        public DateTime? OpensAt { get; set; }

        [Display(Name = "Due (UTC)")]
        public DateTime? DueAt { get; set; }
    }

    public sealed class OverrideInput
    {
        public Guid AssignmentId { get; set; }

        [Display(Name = "Student")]
        public string? StudentId { get; set; }

        [Display(Name = "Extra minutes per attempt")]
        public int? ExtraMinutes { get; set; }

        [Display(Name = "Extra attempts")]
        public int? ExtraAttempts { get; set; }

        [Display(Name = "Later due date (UTC, optional)")]
        public DateTime? DueAt { get; set; }

        [Display(Name = "Reason (required)")]
        public string? Reason { get; set; }
    }
}
