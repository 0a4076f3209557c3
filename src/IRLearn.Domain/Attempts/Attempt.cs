using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Common;
using IRLearn.Domain.Grading;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;

namespace IRLearn.Domain.Attempts;

/// <summary>
/// A student's try at an assignment. It fixes, at start, the questions and exact versions shown,
/// their order and option order, and the deadline; it stores every answer as it is given; and it
/// carries the grading and its audit trail. See <see cref="AttemptStatus"/> for the state machine.
/// <para>
/// Every mutation replaces <see cref="ConcurrencyStamp"/>, which EF uses as a concurrency token,
/// so two tabs or devices saving at once cannot silently overwrite each other.
/// </para>
/// </summary>
public sealed class Attempt : AggregateRoot
{
    private List<AttemptItem> _items = [];
    private readonly List<Response> _responses = [];
    private readonly List<GradeChange> _gradeChanges = [];

    private Attempt()
    {
    }

    private Attempt(Guid id)
        : base(id)
    {
    }

    public Guid AssignmentId { get; private set; }

    public Guid ClassroomId { get; private set; }

    public Guid QuizId { get; private set; }

    public string StudentId { get; private set; } = string.Empty;

    /// <summary>1 for the student's first attempt at the assignment, then 2, 3, …</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The earlier of the time limit (plus any extra time) and the student's due date.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public TimeSpan GracePeriod { get; private set; }

    public LatePolicy LatePolicy { get; private set; }

    /// <summary>The last moment an answer is accepted: <see cref="Deadline"/> plus <see cref="GracePeriod"/>.</summary>
    public DateTimeOffset CutOff => Deadline + GracePeriod;

    public AttemptStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Closed by the clock rather than by the student.</summary>
    public bool AutoSubmitted { get; private set; }

    /// <summary>Closed by the clock under <see cref="LatePolicy.Reject"/>: kept, graded, but not counted unless overridden.</summary>
    public bool IsLate { get; private set; }

    /// <summary>In display order.</summary>
    public IReadOnlyList<AttemptItem> Items => _items;

    public IReadOnlyCollection<Response> Responses => _responses;

    /// <summary>The audit trail of manual scores, overrides and regrades, oldest first.</summary>
    public IReadOnlyCollection<GradeChange> GradeChanges => _gradeChanges;

    public decimal MaxScore { get; private set; }

    /// <summary>Automatic plus manual scores; null until graded and while any response awaits manual grading.</summary>
    public decimal? Score { get; private set; }

    public decimal? ScoreOverride { get; private set; }

    public string? ScoreOverrideReason { get; private set; }

    public string? ScoreOverriddenBy { get; private set; }

    public DateTimeOffset? ScoreOverriddenAt { get; private set; }

    public DateTimeOffset? GradedAt { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>The score that counts: the instructor's override when there is one.</summary>
    public decimal? FinalScore => ScoreOverride ?? Score;

    public decimal? Percent => FinalScore is { } score && MaxScore > 0
        ? Math.Round(score * 100m / MaxScore, 2, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>Whether the attempt takes part in the student's grade (see <see cref="LatePolicy.Reject"/>).</summary>
    public bool CountsTowardGrade => !IsLate || ScoreOverride is not null;

    /// <summary>
    /// Starts an attempt. The application checks enrolment, chooses the questions (fixed and drawn)
    /// and counts the student's earlier attempts; this method enforces the rest: the quiz is the
    /// assignment's and is published, the window is open for this student, attempts are left
    /// (including override extra attempts), and it computes the deadline.
    /// </summary>
    /// <param name="priorAttempts">How many attempts the student already started at this assignment.</param>
    /// <param name="nextInt">Random source for shuffling, returning a number in [0, max); defaults to <see cref="Random.Shared"/>.</param>
    public static Attempt Start(
        Assignment assignment,
        Quiz quiz,
        string studentId,
        int priorAttempts,
        IReadOnlyList<AttemptQuestion> questions,
        AttemptPolicy policy,
        DateTimeOffset now,
        Func<int, int>? nextInt = null)
    {
        Check.UserId(studentId);
        Check.That(quiz.Id == assignment.QuizId, "attempt.quiz_mismatch", "The quiz is not the one assigned.");
        Check.That(quiz.Status == QuizStatus.Published, "attempt.quiz_not_published", "The quiz is not published.");
        var settings = quiz.Settings;
        Check.That(settings.IsAvailableAt(now), "attempt.quiz_unavailable", "The quiz is not available now.");

        var window = assignment.EffectiveWindowFor(studentId);
        Check.That(now >= window.OpensAt, "attempt.not_open_yet", "The assignment is not open yet.");
        Check.That(now < window.DueAt, "attempt.past_due", "The assignment is past its due date.");

        var studentOverride = assignment.OverrideFor(studentId);
        var allowed = settings.AttemptsAllowed + (studentOverride?.ExtraAttempts ?? 0);
        Check.That(priorAttempts >= 0, "attempt.prior_attempts_invalid", "The number of earlier attempts cannot be negative.");
        Check.That(allowed is null || priorAttempts < allowed, "attempt.no_attempts_left", "No attempts are left for this assignment.");

        Check.That(questions.Count > 0, "attempt.no_questions", "The quiz has no questions to show.");
        Check.That(
            questions.Select(q => q.Version.Id).Distinct().Count() == questions.Count
            && questions.Select(q => q.Version.QuestionId).Distinct().Count() == questions.Count,
            "attempt.duplicate_question",
            "A question can appear only once in an attempt.");
        Check.That(questions.All(q => q.Points > 0), "attempt.points_invalid", "Every question must be worth more than 0 points.");

        var deadline = window.DueAt;
        if (settings.TimeLimit is { } limit)
        {
            var timeUp = now + limit + (studentOverride?.ExtraTime ?? TimeSpan.Zero);
            deadline = timeUp < deadline ? timeUp : deadline;
        }

        nextInt ??= Random.Shared.Next;
        var ordered = settings.ShuffleQuestions ? Shuffled(questions, nextInt) : [.. questions];
        var attempt = new Attempt(Guid.CreateVersion7())
        {
            AssignmentId = assignment.Id,
            ClassroomId = assignment.ClassroomId,
            QuizId = quiz.Id,
            StudentId = studentId,
            Number = priorAttempts + 1,
            StartedAt = now,
            Deadline = deadline,
            GracePeriod = policy.GracePeriod,
            LatePolicy = policy.LatePolicy,
            Status = AttemptStatus.InProgress,
            MaxScore = questions.Sum(q => q.Points),
            ConcurrencyStamp = Guid.NewGuid(),
        };
        attempt._items = ordered
            .Select((q, index) => new AttemptItem(
                index + 1,
                q.Version.QuestionId,
                q.Version.Id,
                q.Points,
                ChoiceOrder.For(q.Version.Content, settings.ShuffleOptions, nextInt)))
            .ToList();
        return attempt;
    }

    public bool IsOpenAt(DateTimeOffset now) => IsOpenAt(Status, CutOff, now);

    /// <summary>The same rule for an attempt read as a projection (its status and cut-off), not loaded whole.</summary>
    public static bool IsOpenAt(AttemptStatus status, DateTimeOffset cutOff, DateTimeOffset now) =>
        status == AttemptStatus.InProgress && now <= cutOff;

    /// <summary>What the countdown shows: time until <see cref="Deadline"/> (the grace period is not advertised), never negative.</summary>
    public TimeSpan TimeRemaining(DateTimeOffset now) => TimeRemaining(Status, Deadline, now);

    /// <summary>The same countdown for an attempt read as a projection (its status and deadline).</summary>
    public static TimeSpan TimeRemaining(AttemptStatus status, DateTimeOffset deadline, DateTimeOffset now) =>
        status != AttemptStatus.InProgress || now >= deadline ? TimeSpan.Zero : deadline - now;

    /// <summary>
    /// Whether the answer key, explanations and correctness may be shown to the student now.
    /// Immediately: always. AfterSubmission: once submitted. AfterDueDate: once submitted and the
    /// student's own due date (<paramref name="studentDueAt"/>, override-aware) has passed. Never: never.
    /// </summary>
    public bool MayShowFeedback(FeedbackPolicy policy, DateTimeOffset studentDueAt, DateTimeOffset now) =>
        policy switch
        {
            FeedbackPolicy.Immediately => true,
            FeedbackPolicy.AfterSubmission => Status != AttemptStatus.InProgress,
            FeedbackPolicy.AfterDueDate => Status != AttemptStatus.InProgress && now >= studentDueAt,
            _ => false,
        };

    public Response? ResponseFor(Guid questionVersionId) => _responses.Find(r => r.QuestionVersionId == questionVersionId);

    /// <summary>
    /// Saves (or overwrites) the answer to one question. Refused once the attempt is submitted
    /// and after the cut-off (deadline plus grace), whatever the late policy.
    /// </summary>
    public Response SaveAnswer(Guid questionVersionId, Answer answer, DateTimeOffset now)
    {
        EnsureAcceptsAnswers(Status, CutOff, now);
        ItemFor(questionVersionId);

        var response = ResponseFor(questionVersionId);
        if (response is null)
        {
            response = new Response(Id, questionVersionId, answer, now);
            _responses.Add(response);
        }
        else
        {
            response.Update(answer, now);
        }

        Touch();
        return response;
    }

    /// <summary>
    /// The rule <see cref="SaveAnswer"/> applies before it changes an answer, for a save that reads the attempt as a
    /// projection (its status and cut-off) and rewrites a response it already has, rather than loading it whole.
    /// </summary>
    public static void EnsureAcceptsAnswers(AttemptStatus status, DateTimeOffset cutOff, DateTimeOffset now)
    {
        Check.That(status == AttemptStatus.InProgress, "attempt.already_submitted", "The attempt has been submitted; answers can no longer change.");
        Check.That(now <= cutOff, "attempt.deadline_passed", "Time is up; the answer arrived after the deadline.");
    }

    /// <summary>
    /// Submits the attempt with what was saved. Submitting twice is harmless: the second call does
    /// nothing and returns false. After the cut-off this closes the attempt as the clock would
    /// (<see cref="ExpireIfDue"/>).
    /// </summary>
    public bool Submit(DateTimeOffset now)
    {
        if (Status != AttemptStatus.InProgress)
        {
            return false;
        }

        if (now > CutOff)
        {
            Close(CutOff, autoSubmitted: true, now);
        }
        else
        {
            Close(now, autoSubmitted: false, now);
        }

        return true;
    }

    /// <summary>Closes an in-progress attempt whose cut-off has passed, with what was saved. Returns true when it did.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status != AttemptStatus.InProgress || now <= CutOff)
        {
            return false;
        }

        Close(CutOff, autoSubmitted: true, now);
        return true;
    }

    /// <summary>
    /// Grades every response the grader can decide. Responses it cannot decide (short answers that
    /// match no accepted answer) go to the manual queue and the attempt becomes NeedsGrading;
    /// otherwise it is Graded. Unanswered questions score 0. Grading a graded attempt again does
    /// nothing (use <see cref="Regrade"/>); returns whether anything was graded.
    /// </summary>
    /// <param name="versions">The versions this attempt showed, by id.</param>
    public bool Grade(IReadOnlyDictionary<Guid, QuestionVersion> versions, DateTimeOffset now, AliasMap? aliases = null)
    {
        Check.That(Status != AttemptStatus.InProgress, "attempt.not_submitted", "The attempt has not been submitted yet.");
        if (Status != AttemptStatus.Submitted)
        {
            return false;
        }

        foreach (var response in _responses)
        {
            var item = ItemFor(response.QuestionVersionId);
            var version = KeyFor(item, versions);
            response.ApplyAutomatic(AnswerGrader.Grade(version.Content, item.Points, response.Answer, aliases));
        }

        UpdateStatusAfterGrading(now);
        Touch();
        return true;
    }

    /// <summary>An instructor scores one response (0 to the question's points), with an optional comment.</summary>
    public GradeChange GradeManually(Guid questionVersionId, decimal score, string? comment, string graderId, DateTimeOffset now)
    {
        EnsureGraded();
        var item = ItemFor(questionVersionId);
        Check.That(score >= 0 && score <= item.Points, "attempt.score_out_of_range", $"The score must be between 0 and {item.Points}.");
        var response = ResponseFor(questionVersionId)
            ?? throw new DomainException("attempt.no_response", "The student did not answer this question; override the total instead.");

        var before = response.EffectiveScore;
        var cleanComment = Check.OptionalText(comment, 2000, "attempt.comment_invalid", "The comment");
        response.ApplyManual(score, item.Points, cleanComment, Check.UserId(graderId), now);
        var change = Audit(questionVersionId, GradeChangeKind.ManualScore, before, score, cleanComment ?? string.Empty, graderId, now);
        UpdateStatusAfterGrading(now);
        Touch();
        return change;
    }

    /// <summary>An instructor sets the attempt's total. A reason is required and the change is audited.</summary>
    public GradeChange OverrideTotal(decimal score, string reason, string by, DateTimeOffset now)
    {
        EnsureGraded();
        var why = Check.RequiredText(reason, 1000, "attempt.override_reason_required", "A reason for the override");
        Check.That(score >= 0 && score <= MaxScore, "attempt.score_out_of_range", $"The total must be between 0 and {MaxScore}.");

        var before = FinalScore;
        ScoreOverride = score;
        ScoreOverrideReason = why;
        ScoreOverriddenBy = Check.UserId(by);
        ScoreOverriddenAt = now;
        var change = Audit(null, GradeChangeKind.Override, before, score, why, by, now);
        UpdateStatusAfterGrading(now);
        Touch();
        return change;
    }

    /// <summary>Removes the override so the computed score counts again. A reason is required and the change is audited.</summary>
    public GradeChange ClearOverride(string reason, string by, DateTimeOffset now)
    {
        Check.That(ScoreOverride is not null, "attempt.no_override", "The total is not overridden.");
        var why = Check.RequiredText(reason, 1000, "attempt.override_reason_required", "A reason for removing the override");

        var before = ScoreOverride;
        ScoreOverride = null;
        ScoreOverrideReason = null;
        ScoreOverriddenBy = null;
        ScoreOverriddenAt = null;
        UpdateStatusAfterGrading(now);
        var change = Audit(null, GradeChangeKind.Override, before, Score, why, by, now);
        Touch();
        return change;
    }

    /// <summary>
    /// Grades again after an answer key was fixed. Manual scores stay (they are the instructor's
    /// decision); automatic scores are recomputed, and every response whose effective score (or
    /// need for manual grading) changed gets an audit entry.
    /// </summary>
    /// <param name="answerKeys">
    /// For each version this attempt showed that should be regraded, the version whose key to use:
    /// the same version (for example with new aliases) or a newer version of the same question.
    /// Responses to versions not in the dictionary are left alone. The application makes sure a
    /// newer version is answer-compatible (<see cref="QuestionContent.IsAnswerCompatibleWith"/>).
    /// </param>
    public RegradeSummary Regrade(IReadOnlyDictionary<Guid, QuestionVersion> answerKeys, string by, DateTimeOffset now, AliasMap? aliases = null)
    {
        EnsureGraded();
        Check.UserId(by);
        var finalBefore = FinalScore;
        var changes = new List<GradeChange>();
        var regraded = 0;
        foreach (var response in _responses.Where(r => answerKeys.ContainsKey(r.QuestionVersionId)))
        {
            var item = ItemFor(response.QuestionVersionId);
            var key = KeyFor(item, answerKeys);
            var before = response.EffectiveScore;
            var neededManual = response.NeedsManualGrading;
            response.ApplyAutomatic(AnswerGrader.Grade(key.Content, item.Points, response.Answer, aliases));
            regraded++;
            if (before != response.EffectiveScore || neededManual != response.NeedsManualGrading)
            {
                changes.Add(Audit(response.QuestionVersionId, GradeChangeKind.Regrade, before, response.EffectiveScore, $"Regraded against version {key.Number}.", by, now));
            }
        }

        if (changes.Count > 0)
        {
            UpdateStatusAfterGrading(now);
            Touch();
        }

        return new RegradeSummary(Id, regraded, changes, finalBefore, FinalScore);
    }

    private static List<AttemptQuestion> Shuffled(IReadOnlyList<AttemptQuestion> questions, Func<int, int> nextInt)
    {
        var list = questions.ToList();
        ChoiceOrder.Shuffle(list, nextInt);
        return list;
    }

    private static QuestionVersion KeyFor(AttemptItem item, IReadOnlyDictionary<Guid, QuestionVersion> versions)
    {
        var found = versions.TryGetValue(item.QuestionVersionId, out var version);
        Check.That(found, "grading.version_missing", $"The version of question {item.Order} was not provided for grading.");
        Check.That(version!.QuestionId == item.QuestionId, "grading.version_mismatch", $"The answer key for question {item.Order} belongs to another question.");
        return version;
    }

    private AttemptItem ItemFor(Guid questionVersionId) =>
        _items.Find(i => i.QuestionVersionId == questionVersionId)
        ?? throw new DomainException("attempt.question_not_in_attempt", "That question is not part of this attempt.");

    private void EnsureGraded() =>
        Check.That(
            Status is AttemptStatus.Graded or AttemptStatus.NeedsGrading,
            "attempt.not_graded",
            "The attempt has not been graded yet.");

    private void Close(DateTimeOffset submittedAt, bool autoSubmitted, DateTimeOffset now)
    {
        Status = AttemptStatus.Submitted;
        SubmittedAt = submittedAt;
        AutoSubmitted = autoSubmitted;
        IsLate = autoSubmitted && LatePolicy == LatePolicy.Reject;
        Touch();
        Raise(new AttemptSubmitted(Id, AssignmentId, StudentId, submittedAt, autoSubmitted, now));
    }

    private void UpdateStatusAfterGrading(DateTimeOffset now)
    {
        var pending = _responses.Exists(r => r.NeedsManualGrading);
        Score = pending ? null : _responses.Sum(r => r.EffectiveScore ?? 0m);
        // An override decides the total, so pending responses no longer hold the grade back.
        Status = pending && ScoreOverride is null ? AttemptStatus.NeedsGrading : AttemptStatus.Graded;
        GradedAt = now;
        if (Status == AttemptStatus.Graded)
        {
            Raise(new AttemptGraded(Id, AssignmentId, ClassroomId, StudentId, FinalScore ?? 0m, MaxScore, now));
        }
    }

    private GradeChange Audit(Guid? questionVersionId, GradeChangeKind kind, decimal? before, decimal? after, string reason, string by, DateTimeOffset now)
    {
        var change = GradeChange.Record(Id, questionVersionId, kind, before, after, reason, by, now);
        _gradeChanges.Add(change);
        return change;
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
