using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace TransnationalRules.WebApi.Tests;

/// <summary>
/// The analyst's page in a real browser (Debian's Chromium): the drug-labs story entered as an analyst would — the case
/// number and the offence, then each question answered from the complete sample ("unknown" where it holds nothing) —
/// until the page shows the Convention applies; the case JSON it offers for download; screenshots at 400 and 1000 px.
/// </summary>
[NonParallelizable]
public class InterviewPageTests
{
    private WebApiProcess server = null!;
    private ChromeDriver browser = null!;
    private string scratch = null!;
    private string downloads = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        scratch = Directory.CreateTempSubdirectory("transnational-rules-browser-").FullName;
        downloads = Directory.CreateDirectory(Path.Combine(scratch, "downloads")).FullName;
        browser = Chromium.Start(Path.Combine(scratch, "profile"), downloads);
        server = await WebApiProcess.StartAsync();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        browser?.Quit();
        browser?.Dispose();
        server?.Dispose();
        if (scratch is not null)
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string Screenshots => Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "screenshots")).FullName;

    private WebDriverWait Wait(int seconds = 20) => new(browser, TimeSpan.FromSeconds(seconds));

    [Test]
    public void The_drug_labs_story_is_filled_in_Chromium_until_the_Convention_applies()
    {
        var complete = JsonNode.Parse(Samples.DrugLabs)!.AsObject();
        browser.Manage().Window.Size = new System.Drawing.Size(1000, 900);
        browser.Navigate().GoToUrl(server.BaseAddress);

        browser.FindElement(By.Id("case-id")).SendKeys("2024-ua-pl-drug-labs");
        browser.FindElement(By.CssSelector(".offence-id")).SendKeys("drug-production");
        Select(browser.FindElement(By.CssSelector(".offence-kind")), "drugTrafficking");
        Select(browser.FindElement(By.Id("goal")), "conventionApplies");
        browser.FindElement(By.Id("start-button")).Click();

        var asked = new List<string>();
        var statesShown = false;
        var progressShown = false;
        while (true)
        {
            var question = Wait().Until(d => Shown(d, "question") ?? Shown(d, "done"));
            if (question.GetAttribute("id") == "done")
            {
                break;
            }

            var path = question.GetAttribute("data-path")!;
            asked.Should().NotContain(path, "a question answered is not asked again");
            asked.Should().HaveCountLessThan(40, "the interview ends");
            asked.Add(path);
            if (question.GetAttribute("data-kind") == "states" && !statesShown)
            {
                statesShown = true;
                Screenshot("interview-1000-question.png", 1000, wholePage: false);
                Screenshot("interview-400-question.png", 400, wholePage: false);
                question = browser.FindElement(By.Id("question"));
            }

            if (!progressShown && browser.FindElement(By.Id("out-transnational")).GetAttribute("data-outcome") == "met")
            {
                progressShown = true;
                Screenshot("interview-1000-progress.png", 1000, wholePage: false);   // docs/interview.png
                question = browser.FindElement(By.Id("question"));
            }

            Answer(question, path, complete);
            Wait().Until(d => asked.Count == d.FindElements(By.CssSelector("#answers li")).Count);
        }

        TestContext.Out.WriteLine($"questions asked: {asked.Count}: {string.Join(", ", asked)}");
        browser.FindElement(By.Id("out-conventionApplies")).GetAttribute("data-outcome").Should().Be("met");
        browser.FindElement(By.Id("out-transnational")).GetAttribute("data-outcome").Should().Be("met");
        browser.FindElement(By.Id("done-text")).Text.Should().Contain("decided");

        // The case JSON the page shows and the one it downloads: the facts asked for, as the complete sample has them.
        var shown = JsonNode.Parse(browser.FindElement(By.Id("case-json")).GetAttribute("textContent")!)!;
        var link = browser.FindElement(By.Id("download"));
        link.GetAttribute("href").Should().StartWith("blob:");
        link.GetAttribute("download").Should().Be("2024-ua-pl-drug-labs.json");
        link.Click();
        var file = Path.Combine(downloads, "2024-ua-pl-drug-labs.json");
        Wait().Until(_ => File.Exists(file) && new FileInfo(file).Length > 0);
        var downloaded = JsonNode.Parse(File.ReadAllText(file))!;
        JsonNode.DeepEquals(downloaded, shown).Should().BeTrue("the download is the case shown");
        shown["caseId"]!.GetValue<string>().Should().Be("2024-ua-pl-drug-labs");
        shown["offences"]![0]!["kind"]!.GetValue<string>().Should().Be("drugTrafficking");
        foreach (var path in asked)
        {
            var expected = Samples.At(complete, path);
            var actual = Samples.At(shown, path);
            if (expected is null)
            {
                actual.Should().BeNull($"{path} was answered unknown");
            }
            else
            {
                JsonNode.DeepEquals(actual, expected).Should().BeTrue($"{path} is {expected.ToJsonString()} in the sample, {actual?.ToJsonString() ?? "absent"} in the case");
            }
        }

        // The report in the page fills in as the case does.
        browser.SwitchTo().Frame(browser.FindElement(By.Id("report")));
        browser.FindElement(By.TagName("body")).Text.Should().Contain("2024-ua-pl-drug-labs");
        browser.SwitchTo().DefaultContent();

        Screenshot("interview-1000.png", 1000);
        Screenshot("interview-400.png", 400);
        browser.Manage().Window.Size = new System.Drawing.Size(400, 900);
        browser.ExecuteScript("return document.documentElement.scrollWidth").Should().Be(browser.ExecuteScript("return document.documentElement.clientWidth"), "nothing is wider than 400 px");
        browser.FindElement(By.Id("lang-uk")).Click();
        Wait().Until(d => d.FindElement(By.Id("out-conventionApplies")).Text == "так");
        Screenshot("interview-400-uk.png", 400, wholePage: false);
        browser.FindElement(By.Id("done-text")).Text.Should().Contain("Висновок щодо мети опитування отримано");
    }

    private static IWebElement? Shown(IWebDriver driver, string id) =>
        driver.FindElement(By.Id(id)) is { Displayed: true } element && element.FindElements(By.CssSelector("button[disabled]")).Count == 0 ? element : null;

    /// <summary>Answers the question on the page from the complete case: the control its kind asks for, "Unknown" where the case holds nothing.</summary>
    private void Answer(IWebElement question, string path, JsonObject complete)
    {
        var value = Samples.At(complete, path);
        var kind = question.GetAttribute("data-kind");
        var bound = Samples.At(complete, path + "AtLeast");
        if (value is null && !(bound is not null && question.FindElements(By.Id("answer-at-least")).Count > 0))
        {
            question.FindElement(By.CssSelector("button[data-answer=unknown]")).Click();
            return;
        }

        var others = Samples.At(complete, path + "Others")?.GetValue<string>() ?? "none";
        switch (kind)
        {
            case "yesNo":
                // By keyboard: the new question has the focus; Tab reaches Yes, then No.
                browser.SwitchTo().ActiveElement().GetAttribute("id").Should().Be("question-legend", "the new question takes the focus");
                new Actions(browser).SendKeys(value!.GetValue<bool>() ? Keys.Tab + Keys.Enter : Keys.Tab + Keys.Tab + Keys.Enter).Perform();
                return;
            case "number" or "wholeNumber":
                question.FindElement(By.Id("answer-number")).SendKeys((value ?? bound)!.ToJsonString());
                if (value is null)
                {
                    question.FindElement(By.Id("answer-at-least")).Click();
                }

                break;
            case "states":
                question.FindElement(By.Id("answer-states")).SendKeys(string.Join(" ", value!.AsArray().Select(s => s!.GetValue<string>())));
                if (question.FindElements(By.Id("others-" + others)) is { Count: > 0 } radios)
                {
                    radios[0].Click();
                }

                break;
            case "choice":
                Select(question.FindElement(By.Id("answer-choice")), value!.GetValue<string>());
                break;
            default:
                // conduct (STATE:aspect) and partners (europol, a State code), typed as the hint says.
                var entries = value!.AsArray().Select(e => e!["aspect"] is { } aspect ? $"{e["state"]}:{aspect}"
                    : e["partner"]!.GetValue<string>() == "state" ? e["state"]!.GetValue<string>() : e["partner"]!.GetValue<string>()).ToList();
                var marker = others switch { "some" => " +", "unknown" => " ?", _ => "" };
                question.FindElement(By.Id("answer-text")).SendKeys(entries.Count == 0 ? "-" : string.Join(" ", entries) + marker);
                break;
        }

        question.FindElement(By.CssSelector("button[data-answer=value]")).Click();
    }

    private static void Select(IWebElement select, string value) => select.FindElement(By.CssSelector($"option[value='{value}']")).Click();


    /// <summary>The page at <paramref name="width"/> px wide (whole, or its first 1,000 px), into the test's output folder.</summary>
    private void Screenshot(string name, int width, bool wholePage = true)
    {
        browser.Manage().Window.Size = new System.Drawing.Size(width, 1000);
        browser.ExecuteScript("window.dispatchEvent(new Event('resize')); window.scrollTo(0, 0);");
        if (wholePage)
        {
            var height = Convert.ToInt32(browser.ExecuteScript("return document.documentElement.scrollHeight"), System.Globalization.CultureInfo.InvariantCulture);
            browser.Manage().Window.Size = new System.Drawing.Size(width, Math.Min(height, 8000));
            browser.ExecuteScript("window.dispatchEvent(new Event('resize')); window.scrollTo(0, 0);");
        }

        var file = Path.Combine(Screenshots, name);
        browser.GetScreenshot().SaveAsFile(file);
        TestContext.AddTestAttachment(file);
        browser.Manage().Window.Size = new System.Drawing.Size(1000, 900);
    }
}
