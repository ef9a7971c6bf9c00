using OpenQA.Selenium.Chrome;

namespace TransnationalRules.WebApi.Tests;

/// <summary>
/// Debian's Chromium driven by Debian's chromedriver, both named by path so that Selenium Manager never looks for (or
/// downloads) a browser or a driver. Missing, they fail the test in CI (<c>CI=true</c>: <c>.ci/run</c> installs them)
/// and ignore it, saying how to install them, on a developer's machine.
/// </summary>
internal static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string profile, string downloads)
    {
        var missing = new[] { Browser, Driver }.Where(p => !File.Exists(p)).ToArray();
        if (missing.Length > 0)
        {
            var message = $"{string.Join(" and ", missing)} not found: the browser test needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--user-data-dir=" + profile, "--window-size=1000,900", "--lang=en-US");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
