using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using static IRLearn.Domain.Tests.TestData;

namespace IRLearn.Domain.Tests.Attempts;

/// <summary>
/// A published quiz assigned to a classroom with one enrolled student, ready for attempts.
/// Defaults: 30-minute time limit, two attempts, no shuffling, assignment open from an hour ago
/// until a day from now.
/// </summary>
internal sealed class AttemptScenario
{
    public AttemptScenario(QuizSettings? settings = null, params (QuestionContent Content, decimal Points)[] questions)
    {
        if (questions.Length == 0)
        {
            questions = [(MultipleChoice(), 1m)];
        }

        Questions = questions.Select(q => (ApprovedQuestion(q.Content), q.Points)).ToList();
        Quiz = Quiz.Create(Instructor, "CICA quiz", null, Now.AddDays(-2));
        foreach (var (question, points) in Questions)
        {
            Quiz.AddQuestion(question, points, Now.AddDays(-2));
        }

        Quiz.UpdateSettings(settings ?? Settings(), Now.AddDays(-2));
        Quiz.Publish(Now.AddDays(-2));

        Classroom = Classroom.Create("IR 101", Instructor, JoinCode.Parse("ABCD2345"), Now.AddDays(-2));
        Classroom.Join(Student, Classroom.JoinCode, Now.AddDays(-2));
        Assignment = Classroom.Assign(Quiz.Id, "CICA quiz", Now.AddHours(-1), Now.AddDays(1), Now.AddDays(-1));
    }

    public List<(Question Question, decimal Points)> Questions { get; }

    public Quiz Quiz { get; }

    public Classroom Classroom { get; }

    public Assignment Assignment { get; }

    public IReadOnlyDictionary<Guid, QuestionVersion> Versions =>
        Questions.ToDictionary(q => q.Question.CurrentVersionId, q => q.Question.CurrentVersion);

    public Guid VersionId(int index) => Questions[index].Question.CurrentVersionId;

    public static QuizSettings Settings(
        TimeSpan? timeLimit = null,
        int? attemptsAllowed = 2,
        bool shuffleQuestions = false,
        bool shuffleOptions = false,
        DateTimeOffset? availableFrom = null,
        DateTimeOffset? availableUntil = null,
        bool untimed = false) =>
        QuizSettings.Create(
            untimed ? null : timeLimit ?? TimeSpan.FromMinutes(30),
            attemptsAllowed,
            shuffleQuestions,
            shuffleOptions,
            availableFrom,
            availableUntil,
            FeedbackPolicy.AfterSubmission,
            50m,
            GradingMethod.Highest);

    public Attempt Start(
        DateTimeOffset? now = null,
        int priorAttempts = 0,
        AttemptPolicy? policy = null,
        Func<int, int>? nextInt = null,
        string student = Student) =>
        Attempt.Start(
            Assignment,
            Quiz,
            student,
            priorAttempts,
            Questions.Select(q => new AttemptQuestion(q.Question.CurrentVersion, q.Points)).ToList(),
            policy ?? new AttemptPolicy(TimeSpan.FromSeconds(30), LatePolicy.AutoSubmit),
            now ?? Now,
            nextInt);

    /// <summary>Starts, answers with the given answers (in question order), submits and grades.</summary>
    public Attempt Graded(params Answer[] answers)
    {
        var attempt = Start();
        for (var i = 0; i < answers.Length; i++)
        {
            attempt.SaveAnswer(VersionId(i), answers[i], Now.AddMinutes(1));
        }

        attempt.Submit(Now.AddMinutes(2));
        attempt.Grade(Versions, Now.AddMinutes(3));
        return attempt;
    }
}
