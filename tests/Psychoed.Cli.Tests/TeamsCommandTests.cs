using System.IO.Compression;
using System.Text.Json.Nodes;
using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

public sealed class TeamsCommandTests : IDisposable
{
    private const string AppId = "6f1c2d3e-1111-4222-8333-444455556666";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psychoed-teams-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Package_fills_in_the_ids_and_zips_the_manifest_and_icons_at_the_root()
    {
        var zip = Path.Combine(_folder, "out", "app.zip");

        var (exitCode, output, error) = await CliRunner.RunAsync("teams", "package", "--app-id", AppId,
            "--source", TeamsSource(), "--domain", "care.example.net", "--version", "1.2.3", "--out", zip);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Wrote {zip}", output, StringComparison.Ordinal);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal(["care.example.net"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task A_separate_teams_app_id_can_be_given()
    {
        var zip = Path.Combine(_folder, "app.zip");
        const string teamsId = "00112233-4455-6677-8899-aabbccddeeff";

        var (exitCode, _, _) = await CliRunner.RunAsync("teams", "package", "--app-id", AppId, "--teams-app-id", teamsId, "--source", TeamsSource(), "--out", zip);

        Assert.Equal(0, exitCode);
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(teamsId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--app-id must be a GUID")]
    [InlineData("--version", "1.0", "--version must be major.minor.patch")]
    public async Task Bad_arguments_exit_one_with_a_clear_message(string option, string value, string expected)
    {
        string[] args = option == "--app-id"
            ? ["teams", "package", "--app-id", value, "--source", TeamsSource(), "--out", Path.Combine(_folder, "x.zip")]
            : ["teams", "package", "--app-id", AppId, option, value, "--source", TeamsSource(), "--out", Path.Combine(_folder, "x.zip")];

        var (exitCode, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }

    [Fact]
    public async Task An_icon_of_the_wrong_size_is_refused()
    {
        var source = Path.Combine(_folder, "teams");
        Directory.CreateDirectory(source);
        foreach (var file in Directory.GetFiles(TeamsSource()))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(source, "outline.png"), Path.Combine(source, "color.png"), overwrite: true);

        var (exitCode, _, error) = await CliRunner.RunAsync("teams", "package", "--app-id", AppId, "--source", source, "--out", Path.Combine(_folder, "x.zip"));

        Assert.Equal(1, exitCode);
        Assert.Contains("color.png is 32x32; Teams needs 192x192", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string TeamsSource() => Path.Combine(Path.GetDirectoryName(CliRunner.RepositoryCorpus())!, "deploy", "teams");
}
