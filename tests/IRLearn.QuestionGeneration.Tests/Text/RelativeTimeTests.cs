using IRLearn.QuestionGeneration.Text;

namespace IRLearn.QuestionGeneration.Tests.Text;

public sealed class RelativeTimeTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2022, 10, 11);

    [Theory]
    [InlineData("The fund forecast Tuesday that growth would slow to 2% next year.", "The fund forecast on 11 October 2022 that growth would slow to 2% in 2023.")]
    [InlineData("It was a sharp fall from last year’s 6% expansion.", "It was a sharp fall from 2021’s 6% expansion.")]
    [InlineData("She had told him roughly six months ago that she would leave.", "She had told him roughly six months before October 2022 that she would leave.")]
    [InlineData("The couple hosted a dinner in Lima months ago to thank her.", "The couple hosted a dinner in Lima months before October 2022 to thank her.")]
    [InlineData("The envoys first met many years ago in Quito.", "The envoys first met many years before 2022 in Quito.")]
    [InlineData("This March, border guards stopped 9,000 people.", "In March 2022, border guards stopped 9,000 people.")]
    [InlineData("The ministers will meet on Friday in Lima.", "The ministers will meet on 14 October 2022 in Lima.")]
    [InlineData("The ministry announced Friday that talks will resume.", "The ministry announced on 7 October 2022 that talks will resume.")]
    [InlineData("The deal was signed on Friday and will take effect next year.", "The deal was signed on 7 October 2022 and will take effect in 2023.")]
    [InlineData("The vote is due on Friday.", "The vote is due on 14 October 2022.")]
    [InlineData("The summit will be held on Friday.", "The summit will be held on 14 October 2022.")]
    [InlineData("The court ruled on Monday that the ban was illegal.", "The court ruled on 10 October 2022 that the ban was illegal.")]
    [InlineData("The court ruled on Monday (10 October) that the ban was illegal.", "The court ruled on 10 October 2022 that the ban was illegal.")]
    [InlineData("Prices rose this month, the bank said.", "Prices rose in October 2022, the bank said.")]
    [InlineData("The envoy was appointed in June.", "The envoy was appointed in June 2022.")]
    [InlineData("The summit will be held in December.", "The summit will be held in December 2022.")]
    [InlineData("A vote is expected before the end of the spring session in June.", "A vote is expected before the end of the spring session in June 2023.")]
    [InlineData("The treaty was signed in November.", "The treaty was signed in November 2021.")]
    [InlineData("After the ministry said in December that the dam would open next spring, talks stalled.", "After the ministry said in December 2021 that the dam would open next spring, talks stalled.")]
    [InlineData("In December, the envoy announced that the government would impose new tariffs.", "In December 2021, the envoy announced that the government would impose new tariffs.")]
    [InlineData("In December, the talks that began in May will resume in Lima.", "In December 2022, the talks that began in May 2022 will resume in Lima.")]
    [InlineData("Firms wonder whether a tariff planned for spring would go ahead or whether a duty imposed on textiles in September would remain.", "Firms wonder whether a tariff planned for spring would go ahead or whether a duty imposed on textiles in September 2022 would remain.")]
    [InlineData("The ministers agreed that the talks will resume in September.", "The ministers agreed that the talks will resume in September 2023.")]
    [InlineData("The summit planned for the capital in September will be held online.", "The summit planned for the capital in September 2023 will be held online.")]
    [InlineData("He served as a spokesman for Ana Ruiz, the current national security adviser, in Lima.", "He served as a spokesman for Ana Ruiz, the then national security adviser, in Lima.")]
    [InlineData("In its latest estimates, the fund cut its outlook for Norland to 1.6% in 2022.", "In its October 2022 estimates, the fund cut its outlook for Norland to 1.6% in 2022.")]
    [InlineData("The current account deficit of Norland widened to 4% of output.", "The current account deficit of Norland widened to 4% of output.")]
    [InlineData("The current envoy is currently in Lima.", "As of October 2022, the current envoy is in Lima.")]
    [InlineData("Currently, the envoy is in Lima meeting the ministers.", "As of October 2022, the envoy is in Lima meeting the ministers.")]
    [InlineData("Now the mayor faces 12 charges in the capital.", "As of October 2022, the mayor faces 12 charges in the capital.")]
    [InlineData("So far, in 2022, 9,000 people have crossed the strait.", "As of October 2022, 9,000 people have crossed the strait.")]
    [InlineData("Mara Okonkwo is currently being held at _____ in Valdora.", "As of October 2022, Mara Okonkwo is being held at _____ in Valdora.")]
    [InlineData("The envoy is now based in Lima, the ministry said.", "As of October 2022, the envoy is based in Lima, the ministry said.")]
    [InlineData("_____ presently has 40 observers in the province.", "As of October 2022, _____ has 40 observers in the province.")]
    [InlineData("Governor _____'s recent trip to Quito was about new guidance.", "Governor _____'s trip to Quito was about new guidance.")]
    [InlineData("The most recent twists in the talks have left firms uncertain.", "The twists in the talks have left firms uncertain.")]
    [InlineData("The envoy also recently declared that _____ would help.", "The envoy also declared that _____ would help.")]
    [InlineData("A recent attack on the depot was blamed on _____.", "An attack on the depot was blamed on _____.")]
    [InlineData("A recent _____ was ruled illegal by the court.", "A _____ was ruled illegal by the court.")]
    [InlineData("In its most recent estimates, the fund cut its outlook to _____.", "In its October 2022 estimates, the fund cut its outlook to _____.")]
    public void Resolve_WithTheArticlesDate_MakesTimesAbsolute(string stem, string expected)
    {
        Assert.Equal(expected, RelativeTime.Resolve(stem, Published));
    }

    [Theory]
    [InlineData("“The envoy is currently in Lima,” the minister said.")]
    [InlineData("The envoy was currently in Lima when the talks broke down.")]
    [InlineData("The ministers are now that close to a deal in Lima.")]
    [InlineData("As of June 2022, the envoy is currently in Lima.")]
    [InlineData("The Valdoran treasury plans to publish its latest forecast with the budget.")]
    [InlineData("“We need fuel,” said Dr. Ana Ruiz, who is currently serving at the Valdora clinic.")]
    [InlineData("The envoy met the minister, who is now based in Lima.")]
    [InlineData("Trade in the strait has doubled in recent years, _____ said.")]
    [InlineData("Of the two ceasefires, the more recent one held in _____.")]
    [InlineData("“The recent talks went well,” _____ said.")]
    public void Resolve_WithTheArticlesDate_LeavesAPresentStateItCannotDate(string stem)
    {
        Assert.Equal(stem, RelativeTime.Resolve(stem, Published));
    }

    [Theory]
    [InlineData("The envoy said on Tuesday that talks would resume.", "The envoy said that talks would resume.")]
    [InlineData("The envoy was appointed in June.", "The envoy was appointed in June.")]
    [InlineData("“We will vote on Friday,” the speaker said.", "“We will vote on Friday,” the speaker said.")]
    [InlineData("In 2015 the rebels took the town, and the next year they lost it.", "In 2015 the rebels took the town, and the next year they lost it.")]
    public void Resolve_WithoutADate_DropsOnlyWhenSomeoneSpokeOrChangesNothing(string stem, string expected)
    {
        Assert.Equal(expected, RelativeTime.Resolve(stem, null));
    }

    [Theory]
    [InlineData("Growth will slow to 2% next year.")]
    [InlineData("The court ruled on Monday that the ban was illegal.")]
    [InlineData("The next year, the rebels released two videos.")]
    public void Resolve_WithoutADate_RefusesATimeTheStemNeeds(string stem)
    {
        Assert.Null(RelativeTime.Resolve(stem, null));
    }

    [Theory]
    [InlineData("The envoy walked out of a summit last February in _____ with the rebels.", "The envoy walked out of a summit in _____ with the rebels.")]
    [InlineData("The ministers met on Tuesday in _____ to sign the accord.", "The ministers met in _____ to sign the accord.")]
    public void Resolve_WithoutADate_DropsAMidClauseTimeWhenTheBlankIsAName(string stem, string expected)
    {
        Assert.Equal(expected, RelativeTime.Resolve(stem, null, timeIsIncidental: true));
    }

    [Theory]
    [InlineData("Last February, the envoy walked out of a summit in _____.", true)]
    [InlineData("The bank raised rates _____ times this year.", false)]
    public void Resolve_WithoutADate_StillRefusesAFrontedTimeOrOneAFigureDependsOn(string stem, bool timeIsIncidental)
    {
        Assert.Null(RelativeTime.Resolve(stem, null, timeIsIncidental));
    }
}
