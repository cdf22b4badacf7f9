using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 3 item 5: the letter form says what is wrong next to the field, keeps what was typed, and answers 422, never 500.</summary>
public sealed class LetterValidationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/close/de/letter";
    private const string Kind = "erasure-gdpr";
    private const string LetterResource = "Pages/Letters/LetterResource";

    private static readonly LetterForm Valid = new("Erika Mustermann", "erika@example.com") { Language = "de" };

    public static TheoryData<string> InvalidEmails() =>
    [
        "not-an-email",
        "a@b",
        "erika@example.com\r\nBcc: x@y.z",
        new string('a', 243) + "@example.com",
    ];

    public static TheoryData<string> NamesWithLineBreaks() => ["Erika\nMustermann", "Erika\r\nBcc: x@y.z", "Erika\rMustermann"];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Post_EmptyName_ShowsErrorNextToFullNameAndInTheSummary(string name)
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = name }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var expected = Resx.Value(LetterResource, "en", "Error_Name_Required");
        AssertFieldError(response.Text, "FullName", expected);
        Assert.Null(Html.ByTestId(response.Text, "letter"));
    }

    [Fact]
    public async Task Post_EmptyNameInSwedish_ShowsTheSwedishMessage()
    {
        var response = await LetterPost.SendAsync(app, "/close/se/letter", null, Valid with { FullName = string.Empty, Language = null }, culture: "sv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        AssertFieldError(response.Text, "FullName", Resx.Value(LetterResource, "sv", "Error_Name_Required"));
    }

    [Fact]
    public async Task Post_NameOf201Characters_SaysTheLimitIs200()
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = new string('E', 201) }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-FullName");
        Assert.NotNull(error);
        Assert.Contains("200", Html.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NameOf200Characters_IsAccepted()
    {
        var name = new string('E', 200);

        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = name }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(name, ShownLetter.Read(response.Text).Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NamesWithLineBreaks))]
    public async Task Post_NameWithLineBreak_ShowsFieldError(string name)
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = name }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        AssertFieldError(response.Text, "FullName", Resx.Value(LetterResource, "en", "Error_SingleLine"));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Post_InvalidEmail_ShowsFieldErrorOnEmail(string email)
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { Email = email }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-Email");
        Assert.NotNull(error);
        Assert.NotEmpty(Html.Text(error));
        Assert.Null(Html.ByTestId(response.Text, "error-FullName"));
        Assert.Null(Html.ByTestId(response.Text, "letter"));
    }

    [Fact]
    public async Task Post_EmailOf255Characters_SaysTheLimit()
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { Email = new string('a', 243) + "@example.com" }, culture: "en");

        var error = Html.ByTestId(response.Text, "error-Email");
        Assert.NotNull(error);
        Assert.Contains("254", Html.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AddressOf501Characters_ShowsFieldError()
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { PostalAddress = new string('x', 501) }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-PostalAddress");
        Assert.NotNull(error);
        Assert.Contains("500", Html.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MultiLineAddressUnder500_IsAcceptedAndAppearsLineByLineInTheBody()
    {
        const string address = "c/o Mustermann\r\nHauptstraße 1\r\n10115 Berlin";

        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { PostalAddress = address }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("c/o Mustermann\nHauptstraße 1\n10115 Berlin", ShownLetter.Read(response.Text).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownLanguage_ShowsErrorAtTheLanguageChoice()
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { Language = "xx" }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ById(response.Text, "Input_Language-error");
        Assert.NotNull(error);
        Assert.Equal(Resx.Value(LetterResource, "en", "Error_Language_Unknown"), Html.Text(error));
        Assert.NotNull(Html.ByTestId(response.Text, "error-summary"));
    }

    [Fact]
    public async Task Post_Error_KeepsEverythingTypedInTheForm()
    {
        var typed = new LetterForm("Erika Müller", "erika@example") { PostalAddress = "Hauptstraße 1\n10115 Berlin", Language = "en" };

        var response = await LetterPost.SendAsync(app, Page, Kind, typed, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(typed.FullName, InputValue(response.Text, "Input.FullName"));
        Assert.Equal(typed.Email, InputValue(response.Text, "Input.Email"));
        var address = Html.ById(response.Text, "Input_PostalAddress");
        Assert.NotNull(address);
        Assert.Equal(typed.PostalAddress, WebUtility.HtmlDecode(address).ReplaceLineEndings("\n"));
        var language = Html.ById(response.Text, "Input_Language");
        Assert.NotNull(language);
        Assert.Equal(["en"], Html.Tags(language, "option").Where(tag => Html.Attribute(tag, "selected") is not null).Select(tag => Html.Attribute(tag, "value")));
    }

    [Theory]
    [InlineData("Input.FullName", "Erika\u0008Mustermann")]
    [InlineData("Input.Email", "\u0001@example.com")]
    [InlineData("Input.PostalAddress", "Hauptstraße 1\u0007")]
    [InlineData("Input.Language", "../../etc/passwd")]
    [InlineData("Input.OriginalDate", "9999-99-99")]
    public async Task Post_HostileInput_Answers422NotServerError(string field, string value)
    {
        var form = field switch
        {
            "Input.FullName" => Valid with { FullName = value },
            "Input.Email" => Valid with { Email = value },
            "Input.PostalAddress" => Valid with { PostalAddress = value },
            "Input.Language" => Valid with { Language = value },
            _ => Valid with { OriginalDate = value },
        };
        var kind = field == "Input.OriginalDate" ? "follow-up" : Kind;

        var response = await LetterPost.SendAsync(app, Page, kind, form, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.NotNull(Html.ByTestId(response.Text, "error-summary"));
    }

    /// <summary>ASP.NET Core's form reader refuses NUL before the page runs: a client error, never a server error.</summary>
    [Fact]
    public async Task Post_NulCharacter_IsAClientErrorNotServerError()
    {
        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = "Erika\0Mustermann" }, culture: "en");

        // Issue 10: the NUL gets a message next to the field and the rest of the form is kept.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        AssertFieldError(response.Text, "FullName", Resx.Value(LetterResource, "en", "Error_SingleLine"));
        Assert.DoesNotContain('\0', response.Text);
        Assert.Equal(Valid.Email, Html.Attribute(Html.Tags(response.Text, "input").Single(t => Html.Attribute(t, "name") == "Input.Email"), "value"));
    }

    [Fact]
    public async Task Post_VeryLongFields_Answers422NotServerError()
    {
        var huge = new string('x', 100_000);

        var response = await LetterPost.SendAsync(app, Page, Kind, Valid with { FullName = huge, Email = huge, PostalAddress = huge }, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.NotNull(Html.ByTestId(response.Text, "error-FullName"));
        Assert.NotNull(Html.ByTestId(response.Text, "error-Email"));
        Assert.NotNull(Html.ByTestId(response.Text, "error-PostalAddress"));
    }

    private static void AssertFieldError(string html, string field, string expected)
    {
        var error = Html.ByTestId(html, "error-" + field);
        Assert.NotNull(error);
        Assert.Equal(expected, Html.Text(error));
        var input = Html.Tags(html, "input").Concat(Html.Tags(html, "textarea")).Single(tag => Html.Attribute(tag, "name") == "Input." + field);
        Assert.Equal("true", Html.Attribute(input, "aria-invalid"));
        Assert.Contains($"Input_{field}-error", (Html.Attribute(input, "aria-describedby") ?? string.Empty).Split(' '));
        var summary = Html.ByTestId(html, "error-summary");
        Assert.NotNull(summary);
        Assert.Contains($"#Input_{field}", Html.Hrefs(summary));
        Assert.Contains(expected, Html.Text(summary), StringComparison.Ordinal);
    }

    private static string? InputValue(string html, string name) =>
        Html.Attribute(Html.Tags(html, "input").Single(tag => Html.Attribute(tag, "name") == name), "value");
}
