using IRLearn.QuestionGeneration.Entities;
using IRLearn.QuestionGeneration.Gazetteer;
using IRLearn.QuestionGeneration.Tests.Support;

namespace IRLearn.QuestionGeneration.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static List<Mention> Mentions(string body) => Analyze.Body(body).Sentences.SelectMany(s => s.Mentions).ToList();

    [Theory]
    [InlineData("Kazakhstan borders China and Russia.", "Kazakhstan", EntityKind.Country)]
    [InlineData("The leaders met in Bishkek last week.", "Bishkek", EntityKind.City)]
    [InlineData("Finland joined NATO after a long debate.", "NATO", EntityKind.Organisation)]
    [InlineData("Ministers gathered at the UN General Assembly again.", "UN General Assembly", EntityKind.Organisation)]
    [InlineData("They signed the Treaty of Versailles reluctantly.", "Treaty of Versailles", EntityKind.Treaty)]
    [InlineData("Trade between Europe and Asia grew quickly.", "Asia", EntityKind.Region)]
    [InlineData("Delegates praised the Council of Heads of State for its work.", "Council of Heads of State", EntityKind.Organisation)]
    [InlineData("The Bangkok Declaration created the grouping.", "Bangkok Declaration", EntityKind.Treaty)]
    [InlineData("The activist is being held at Kalvik prison near Tromsø.", "Kalvik prison", EntityKind.Name)]
    [InlineData("He sought refuge at the Bolivian embassy in Lima in 2015.", "Bolivian embassy", EntityKind.Name)]
    [InlineData("Fuel will be loaded into the Ardak reactor in May.", "Ardak reactor", EntityKind.Name)]
    [InlineData("The convoy reached the southern Harvik province at dusk.", "Harvik province", EntityKind.Name)]
    [InlineData("Talks of the U.S.-Norland Defence Consultative Group were postponed.", "U.S.-Norland Defence Consultative Group", EntityKind.Organisation)]
    [InlineData("The ministers signed the Tromsø Compact for Fisheries last year.", "Tromsø Compact for Fisheries", EntityKind.Treaty)]
    [InlineData("Dr. Lena Moss runs the Vestarian Friendship Hospital near the coast.", "Vestarian Friendship Hospital", EntityKind.Name)]
    [InlineData("In a recording obtained by The Kampala Times, the envoy can be heard laughing.", "Kampala Times", EntityKind.Organisation)]
    [InlineData("Her adviser wrote an op-ed in the Lagos Post on Thursday.", "Lagos Post", EntityKind.Organisation)]
    [InlineData("A declaration that Norland Relief International said could amount to a crime.", "Norland Relief International", EntityKind.Organisation)]
    [InlineData("The envoy met researchers from Press Freedom Watch in Ostrava.", "Press Freedom Watch", EntityKind.Organisation)]
    [InlineData("The Gulf of Finland is crossed by nine data cables.", "Gulf of Finland", EntityKind.Region)]
    [InlineData("Navies will patrol the Bay of Norland from May.", "Bay of Norland", EntityKind.Region)]
    public void Recognize_NamedEntity_HasExpectedKind(string body, string text, EntityKind kind)
    {
        Assert.Contains(Mentions(body), m => m.Text == text && m.Kind == kind);
    }

    [Fact]
    public void Recognize_TitledPerson_LaterSurnameResolvesToFullName()
    {
        var mentions = Mentions("President Kassym-Jomart Tokayev spoke first. Later Tokayev answered questions.");

        Assert.Equal(2, mentions.Count(m => m.Kind == EntityKind.Person && m.Key == "Kassym-Jomart Tokayev"));
    }

    [Theory]
    [InlineData("Another candidate is Martin K. Osei, the envoy to Ghana. Mr. Osei declined to comment.", EntityKind.Person)]
    [InlineData("Another candidate is Martin K. Osei, the envoy to Ghana, aides said.", EntityKind.Name)]
    public void Recognize_MiddleInitial_KeepsTheWholeName(string body, EntityKind kind)
    {
        var mentions = Mentions(body);

        Assert.Contains(mentions, m => m.Kind == kind && m.Text == "Martin K. Osei");
        Assert.DoesNotContain(mentions, m => m.Text is "Martin" or "Martin K" or "Osei" && m.Range.Start < body.IndexOf(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_FamilyNameFirst_TheFirstWordAloneIsThePerson()
    {
        var mentions = Mentions("President Wen Lianhe of Ostravia toured the port. Wen and his advisers later met the governor.");

        Assert.Equal(2, mentions.Count(m => m.Kind == EntityKind.Person && m.Key == "Wen Lianhe"));
    }

    [Fact]
    public void Recognize_FamilyNameBeforeAnotherHyphenatedGivenName_IsAnotherPerson()
    {
        var mentions = Mentions("Interior Minister Han Sun-hee resigned on Friday, and aides said Han was tired. Han Min-jun, leader of the opposition, called it overdue.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Han Min-jun" && m.Key == "Han Min-jun");
        Assert.DoesNotContain(mentions, m => m.Text == "Min-jun");
    }

    [Fact]
    public void Recognize_ARelativeSharingAFamilyName_DoesNotTakeOverTheBareName()
    {
        var mentions = Mentions(
            "President Moreau met the envoys on Monday. Moreau said his daughter Ines Moreau would join the talks. Moreau left for Lyon on Friday.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Ines Moreau" && m.Key == "Ines Moreau");
        Assert.All(mentions.Where(m => m.Kind == EntityKind.Person && m.Text == "Moreau"), m => Assert.Equal("Moreau", m.Key));
    }

    [Fact]
    public void Recognize_Justice_IsATitle_AndTheJusticeMinistryStaysABody()
    {
        var mentions = Mentions("Aides had watched the swearing-in of Justice Clara P. Lind. Justice Ministry officials declined to comment.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Clara P. Lind");
        Assert.DoesNotContain(mentions, m => m.Kind == EntityKind.Person && m.Text.Contains("Ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_NationalityBeforeAName_DescribesAPerson_EvenOneCalledKing()
    {
        var mentions = Mentions("Canadian Ida Brook and Peruvian Paul King, both teachers at a school in Tarsk, were freed on Monday.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Ida Brook");
        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Paul King");
    }

    [Theory]
    [InlineData("Kenyan")]
    [InlineData("German")]
    [InlineData("Afghan")]
    public void Recognize_NationalityTheGazetteerKnowsBeforeAName_DescribesAPerson(string nationality)
    {
        var mentions = Mentions($"Canadian Ida Brook and {nationality} Tomas Holm, both teachers at a school in Tarsk, were freed on Monday.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Tomas Holm");
    }

    [Fact]
    public void Recognize_InitialsAfterARoleNoun_NameThePerson_WhoseFamilyNameAloneIsThemLater()
    {
        var mentions = Mentions("The ministry's spokesman J.D. Brandt said the talks would go on. Inspectors must have full access, Brandt said.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "J.D. Brandt");
        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Brandt" && m.Key == "J.D. Brandt");
    }

    [Fact]
    public void Recognize_SentenceOpeningAdverb_IsNoPartOfTheNameAfterIt()
    {
        var mentions = Mentions("President Moreau met the envoys on Monday. Later Moreau left for Lyon.");

        Assert.All(mentions.Where(m => m.Kind == EntityKind.Person), m => Assert.Equal("Moreau", m.Key));
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Later", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_TwoPeopleOfOneFamilyNameWrittenFirst_LeaveTheBareNameUnresolved()
    {
        var mentions = Mentions(
            "Park Min-seo, leader of the opposition, called the budget a failure. Park said the vote would fail. Police also questioned Interior Minister Park Ji-hoon on Friday.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Key == "Park Min-seo");
        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Key == "Park Ji-hoon");
        Assert.DoesNotContain(mentions, m => m.Text == "Park" && m.Key == "Park Ji-hoon");
    }

    [Fact]
    public void Recognize_FamilyNameFirst_WithATitleOnTheFamilyNameAlone_IsStillTheFullName()
    {
        var mentions = Mentions("President Moon Jae Ho declared a state of emergency. President Moon later lifted it. Moon said the crisis was over.");

        Assert.All(mentions.Where(m => m.Kind == EntityKind.Person), m => Assert.Equal("Moon Jae Ho", m.Key));
    }

    [Fact]
    public void Recognize_MilitaryRank_IsATitleNotAName()
    {
        var mentions = Mentions("The envoy replaced his predecessor, Lt. Gen. Tomas Brandt, in March.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Tomas Brandt");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Lt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"We cannot watch the whole border,\" said Lieutenant General Aapo Virtanen, the head of the border guard.", "Aapo Virtanen")]
    [InlineData("The talks were led by Rear Admiral Ines Castro in Lisbon.", "Ines Castro")]
    [InlineData("Troops answer to Brigadier General Amir Haddad in the north.", "Amir Haddad")]
    [InlineData("The convoy was stopped by Captain Lena Brandt at the bridge.", "Lena Brandt")]
    [InlineData("A Norlandic officer, Commodore Emeka Asante-Bello, will be the first commander.", "Emeka Asante-Bello")]
    public void Recognize_SpelledOutMilitaryRank_IsATitleNotAName(string sentence, string person)
    {
        var mentions = Mentions(sentence);

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == person);
        Assert.DoesNotContain(mentions, m => m.Kind != EntityKind.Person && (m.Text is "Lieutenant" or "Rear" or "Brigadier" or "Captain" || m.Text.StartsWith("Commodore", StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_PartyAndAPossessiveName_EndsTheOrganisationAtItsHead()
    {
        var mentions = Mentions("Dara Okafor, leader of the opposition Labour Party and Mensah's rival in the 2021 election, spoke first.");

        Assert.Contains(mentions, m => m.Text == "Labour Party");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Mensah", StringComparison.Ordinal) && m.Text.Contains("Party", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_CountryBeforeOn_EndsThePartyBeforeTheTreatysSubject()
    {
        var mentions = Mentions("The pact, formally the Treaty between the Republic of Norland and the Republic of Kazakhstan on Ferry and Port " +
            "Cooperation, was signed in May. The Conference on Disarmament met in June.");

        Assert.Contains(mentions, m => m.Text == "Republic of Kazakhstan" && m.Kind == EntityKind.Country);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Kazakhstan on", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Conference on Disarmament");
    }

    [Fact]
    public void Recognize_PossessiveInsideAName_KeepsTheWholeName()
    {
        var mentions = Mentions("The hearing will take place at Juba Magistrate's Court in March. Ghana's Electoral Commission said nothing.");

        Assert.Contains(mentions, m => m.Text == "Juba Magistrate's Court" && m.Kind == EntityKind.Organisation);
        Assert.Contains(mentions, m => m.Text == "Ghana" && m.Kind == EntityKind.Country);
    }

    [Fact]
    public void Recognize_OfficeWrittenStraightBeforeAName_LeavesThePerson()
    {
        var mentions = Mentions("Chief Inspector of Public Audits Mara-Lena Vik closed the file on Monday. Ms Vik said the books were in order.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Mara-Lena Vik");
        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Vik" && m.Key == "Mara-Lena Vik");
    }

    [Fact]
    public void Recognize_GivenNameHe_StaysInTheName()
    {
        var analysis = Analyze.Body("The deal was signed in Geneva with Wu He, the chief trade negotiator of Ostravia, on Friday.");

        Assert.Contains(analysis.Sentences[0].Mentions, m => m.Text == "Wu He");
        Assert.DoesNotContain(analysis.Sentences[0].Pronouns, p => p.Surface == "He");
    }

    [Fact]
    public void Recognize_RoleNounApposition_IsPerson()
    {
        Assert.Contains(Mentions("In 1963 Ghana's first president, Kwame Nkrumah, published a book."), m => m.Kind == EntityKind.Person && m.Text == "Kwame Nkrumah");
    }

    [Fact]
    public void Recognize_Alias_SharesCanonicalKey()
    {
        var mentions = Mentions("The US and the United States are one country.");

        Assert.All(mentions.Where(m => m.Kind == EntityKind.Country), m => Assert.Equal("United States", m.Key));
    }

    [Fact]
    public void Recognize_TwoNamesJoinedByAnd_AreTwoMentions()
    {
        var mentions = Mentions("It aligns with the European Union and the United States on this.");

        Assert.Contains(mentions, m => m.Text == "European Union");
        Assert.Contains(mentions, m => m.Text == "United States");
    }

    [Theory]
    [InlineData("Furthermore, trade grew.", "Furthermore", null)]
    [InlineData("Exports to Togo are expected to recover by the end of the year.", "Exports", "Togo")]
    [InlineData("Outside the United States, the higher dollar makes imports dearer.", "Outside", "United States")]
    public void Recognize_SentenceInitialCapital_IsNotAName_EvenBeforeANameAfterASmallWord(string body, string opener, string? name)
    {
        var mentions = Mentions(body);

        Assert.DoesNotContain(mentions, m => m.Text == opener);
        if (name is not null)
        {
            Assert.Contains(mentions, m => m.Text == name);
        }
    }

    [Fact]
    public void Recognize_Concept_IsConcept()
    {
        Assert.Contains(Mentions("Kazakhstan supports the two-state solution."), m => m.Kind == EntityKind.Concept && m.Text == "two-state solution");
    }

    [Theory]
    [InlineData("The rebels adopted a political ideology called liberal municipalism.", "liberal municipalism")]
    [InlineData("Norland follows a strategy known as forward island defence, which its navy drafted.", "forward island defence")]
    [InlineData("The ministers backed a plan dubbed shared harbour access to end the dispute.", "shared harbour access")]
    public void Recognize_ANameTheArticleGivesAnIdea_IsConcept(string body, string term)
    {
        Assert.Contains(Mentions(body), m => m.Kind == EntityKind.Concept && m.Text == term);
    }

    [Theory]
    [InlineData("Nobody expected the council to drop the extradition law, which had set off the marches.", "extradition law")]
    [InlineData("A recent face mask ban was struck down by the Valdoran high court.", "face mask ban")]
    [InlineData("The junta weighed a military crackdown against a year of talks.", "military crackdown")]
    [InlineData("Norland lifted its long-promised arms embargo on Vestaria in May.", "arms embargo")]
    public void Recognize_AMeasureNamedByTheWordsBeforeItsHead_IsConcept(string body, string term)
    {
        Assert.Contains(Mentions(body), m => m.Kind == EntityKind.Concept && m.Text == term);
    }

    [Theory]
    [InlineData("The new law took effect in May.")]
    [InlineData("The council said the proposed ban was unlawful.")]
    [InlineData("Judges defended the rule of law in Valdora.")]
    [InlineData("The martial law decree was lifted within hours.")]
    public void Recognize_AMeasureOnlyGradedOrDescribingANoun_IsNoConcept(string body)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Kind == EntityKind.Concept && !IrGazetteer.Default.ConceptSet.Contains(m.Key));
    }

    [Theory]
    [InlineData("The envoy called on the council to act.")]
    [InlineData("The minister, known as a hawk, resigned.")]
    [InlineData("Aid workers called the camp a disgrace.")]
    [InlineData("They held a gathering dubbed a farewell dinner in Valdora.")]
    public void Recognize_CalledWithoutAnIdeaBeforeIt_IsNoConcept(string body)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Kind == EntityKind.Concept);
    }

    [Theory]
    [InlineData("Prime Minister Narendra Modi convened a virtual Voice of the Global South Summit in January 2023.", "Voice")]
    [InlineData("Prime Minister Narendra Modi convened a virtual Voice of the Global South Summit in January 2023.", "Summit")]
    [InlineData("The compromise text, the New Delhi Leaders' Declaration, avoided condemning Russia by name.", "Leaders")]
    [InlineData("About one in ten people in the Arctic are Indigenous, the council says.", "Indigenous")]
    [InlineData("Although most Kazakhs are Muslim, Kazakhstan works closely with Israel.", "Kazakhs")]
    [InlineData("Although most Kazakhs are Muslim, Kazakhstan works closely with Israel.", "Muslim")]
    [InlineData("The Gwich’in Council International speaks for the people of Alaska and Canada.", "Gwich")]
    [InlineData("Some European officials privately called the text weak in Brussels.", "European")]
    [InlineData("Hosting the G20 allowed the government to present India as a rising power.", "Hosting")]
    [InlineData("Refugees fled to a Turkish camp near the border.", "Turkish camp")]
    public void Recognize_PieceOfATitleOrAPeople_IsNoName(string body, string word)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Text == word);
    }

    [Fact]
    public void Recognize_NameAfterASentenceWord_LeavesTheWordOut()
    {
        Assert.Contains(Mentions("Whether the Arctic Council can return to its earlier role depends on events elsewhere."), m => m.Text == "Arctic Council" && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void Recognize_PersonWithParticle_IsOneFullName()
    {
        var mentions = Mentions("Modi handed the gavel to Brazil's President Luiz Inacio Lula da Silva on 10 September 2023.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Luiz Inacio Lula da Silva");
        Assert.DoesNotContain(mentions, m => m.Text == "Silva");
    }

    [Fact]
    public void Recognize_TitleAfterThe_IsNoPerson()
    {
        Assert.DoesNotContain(Mentions("The president had already put that proposal to the General Assembly in New York."), m => m.Kind == EntityKind.Person);
    }

    [Fact]
    public void Recognize_SentenceOpeningCode_IsAName()
    {
        Assert.Contains(Mentions("COP28 in Dubai completed the first global stocktake of progress."), m => m.Text == "COP28");
    }

    [Theory]
    [InlineData("Negotiators met in Washington, D.C., for talks hosted by the U.S. Treasury with the World Bank.", "D.C.")]
    [InlineData("Negotiators met in Washington, D.C., for talks hosted by the U.S. Treasury with the World Bank.", "Treasury")]
    [InlineData("St. Petersburg, Russia's second city, lies close to the Finnish frontier.", "Petersburg")]
    [InlineData("Its core promise is Article 5, under which an attack on one member is an attack on all.", "Article")]
    [InlineData("Under Decision No. 32/00, adopted in 2000, members agreed to negotiate jointly.", "Decision")]
    [InlineData("Swedish governments cooperated quietly with Western partners for decades.", "Western")]
    public void Recognize_HalfOfANameOrAnAdjective_IsNoName(string body, string word)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Text == word);
    }

    [Fact]
    public void Recognize_NameJoinedByAParticle_IsOneName()
    {
        var mentions = Mentions("Mercosur (the Southern Common Market, or Mercado Comun del Sur in Spanish) was created in 1991. The return of Luiz Inacio Lula da Silva reopened the door.");

        Assert.DoesNotContain(mentions, m => m.Text is "Sur" or "Silva" or "Luiz Inacio Lula");
        Assert.Contains(mentions, m => m.Text == "Luiz Inacio Lula da Silva");
    }

    [Fact]
    public void Recognize_HonorificAfterATitle_IsNotTheName()
    {
        var mentions = Mentions("Prime Minister Dr. Abiy Ahmed took office in 2018.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Abiy Ahmed");
        Assert.DoesNotContain(mentions, m => m.Text == "Dr");
    }

    [Theory]
    [InlineData("The agency grew out of a speech to the U.N. General Assembly on 8 December 1953.", "Assembly")]
    [InlineData("The treaty limits American and Russian strategic forces until 2026.", "American")]
    public void Recognize_BodyAfterATitleOrAnAdjective_IsNoPerson(string body, string word)
    {
        Assert.DoesNotContain(Mentions(body), m => m.Text == word && m.Kind is EntityKind.Person or EntityKind.Name);
    }

    [Fact]
    public void Recognize_OrganisationAfterAPreposition_StartsAtItsName()
    {
        var mentions = Mentions("According to the Center for Strategic and International Studies, trade worth $3.37 trillion moved through the sea.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Organisation && m.Text == "Center for Strategic and International Studies");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("According", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_NameAfterAnOrdinal_IsHalfOfAName()
    {
        Assert.DoesNotContain(Mentions("At Second Thomas Shoal, the Philippines keeps marines aboard a rusting ship."), m => m.Text == "Thomas Shoal");
    }

    [Fact]
    public void Recognize_NameEndingInI_IsADemonymOnlyWhenACountryStartsThatWay()
    {
        var mentions = Mentions("Israeli and Emirati officials watched as ships left Odesa, Chornomorsk and Pivdennyi in 2022.");

        Assert.Contains(mentions, m => m.Text == "Pivdennyi");
        Assert.DoesNotContain(mentions, m => m.Text is "Israeli" or "Emirati");
    }

    [Fact]
    public void Recognize_ListAfterAnOrganisation_IsNotPartOfItsName()
    {
        var mentions = Mentions("About 50 members, including the European Union, China and Japan, have joined a stopgap arrangement.");

        Assert.Contains(mentions, m => m.Text == "European Union" && m.Kind == EntityKind.Organisation);
        Assert.Contains(mentions, m => m.Text == "China" && m.Kind == EntityKind.Country);
    }

    [Fact]
    public void Recognize_CommaInsideAnOrganisationsName_KeepsTheWholeName()
    {
        Assert.Contains(Mentions("Delegates met at the United Nations Educational, Scientific and Cultural Organization in Paris."), m => m.Text == "United Nations Educational, Scientific and Cultural Organization");
    }

    [Theory]
    [InlineData("Ursula von der Leyen", "von der Leyen")]
    [InlineData("Luiz Inacio Lula da Silva", "da Silva")]
    [InlineData("Kassym-Jomart Tokayev", "Tokayev")]
    public void SurnameOf_KeepsItsParticles(string fullName, string surname)
    {
        Assert.Equal(surname, PersonRegistry.SurnameOf(fullName));
    }

    [Fact]
    public void Recognize_NamesJoinedByAndOrAmpersand_StayWhole()
    {
        var mentions = Mentions("At the third Belt and Road Forum, held in Beijing, a study by researchers at the College of William & Mary was cited.");

        Assert.Contains(mentions, m => m.Text == "Belt and Road Forum" && m.Kind == EntityKind.Organisation);
        Assert.DoesNotContain(mentions, m => m.Text is "Belt" or "William" or "Mary");
    }

    [Theory]
    [InlineData("The Group of Four, made up of Brazil, Germany, India and Japan, seeks permanent seats.", "Group of Four")]
    [InlineData("Developing countries negotiate as the Group of 77 at the United Nations.", "Group of 77")]
    public void Recognize_GroupNamedByANumber_IsOneOrganisation(string body, string name)
    {
        Assert.Contains(Mentions(body), m => m.Text == name && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void Recognize_TreatyFollowedByItsYear_LeavesTheYearOut()
    {
        Assert.Contains(Mentions("The Kyoto Protocol of 1997 imposed binding emission cuts on developed countries."), m => m.Text == "Kyoto Protocol");
    }

    [Fact]
    public void Recognize_FullNameWhoseSurnameRecurs_IsPerson()
    {
        var mentions = Mentions("Critics blamed Adaeze Okonkwo for the delay. The delay embarrassed Okonkwo and his allies.");

        Assert.Equal(2, mentions.Count(m => m.Kind == EntityKind.Person && m.Key == "Adaeze Okonkwo"));
    }

    [Fact]
    public void Recognize_PlaceWhoseLastWordRecurs_IsNoPerson()
    {
        var mentions = Mentions("Refugees reached Port Harcourt City on foot. The City council housed them.");

        Assert.DoesNotContain(mentions, m => m.Kind == EntityKind.Person);
    }

    [Fact]
    public void Recognize_NationalityBeforeAName_IsNotPartOfIt()
    {
        var mentions = Mentions("Rebels freed the Canadian Lena Marchetti on Friday. Marchetti said she was well.");

        Assert.Contains(mentions, m => m.Kind == EntityKind.Person && m.Text == "Lena Marchetti");
    }
}
