using System.CommandLine;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed teams package</c>: builds the Teams app package from <c>deploy/teams</c>.</summary>
internal static class TeamsCommand
{
    public static Command Create()
    {
        var command = new Command("teams", "Microsoft Teams app packaging.");
        command.Subcommands.Add(Package());
        return command;
    }

    private static Command Package()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID).", Required = true };
        var teamsAppId = new Option<string?>("--teams-app-id") { Description = "The Teams app id (a GUID); defaults to the bot's app id." };
        var domains = new Option<string[]>("--domain") { Description = "A valid domain for links the bot shows (repeatable); replaces the manifest's list.", AllowMultipleArgumentsPerToken = false };
        var version = new Option<string?>("--version") { Description = "The app version to write (major.minor.patch)." };
        var source = new Option<DirectoryInfo?>("--source") { Description = "The folder with manifest.json and the icons; defaults to the repository's deploy/teams." };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The zip to write.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(Environment.CurrentDirectory, "psychoed-teams.zip")),
        };

        var command = new Command("package", "Fill in the ids in deploy/teams/manifest.json and write the Teams app zip.")
        {
            appId, teamsAppId, domains, version, source, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!Guid.TryParse(parse.GetValue(appId), out var bot))
            {
                stderr.WriteLine($"error: --app-id must be a GUID (the Azure Bot's Microsoft App ID), got '{parse.GetValue(appId)}'.");
                return 1;
            }

            var teamsText = parse.GetValue(teamsAppId);
            var teams = bot;
            if (teamsText is not null && !Guid.TryParse(teamsText, out teams))
            {
                stderr.WriteLine($"error: --teams-app-id must be a GUID, got '{teamsText}'.");
                return 1;
            }

            var versionText = parse.GetValue(version);
            if (versionText is not null && !System.Text.RegularExpressions.Regex.IsMatch(versionText, @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"))
            {
                stderr.WriteLine($"error: --version must be major.minor.patch, e.g. 1.0.1, got '{versionText}'.");
                return 1;
            }

            var folder = parse.GetValue(source)?.FullName ?? TeamsPackage.FindSource(Environment.CurrentDirectory);
            if (folder is null)
            {
                stderr.WriteLine($"error: could not find {TeamsPackage.SourceFolder}/manifest.json above {Environment.CurrentDirectory}; pass --source.");
                return 1;
            }

            var zip = parse.GetValue(output)!.FullName;
            try
            {
                var manifest = TeamsPackage.Build(folder, new TeamsPackage.Settings(bot, teams, parse.GetValue(domains) ?? [], versionText), zip);
                stdout.WriteLine($"Wrote {zip}");
                stdout.WriteLine($"  manifest {manifest["manifestVersion"]}, app version {manifest["version"]}");
                stdout.WriteLine($"  Teams app id {teams:D}, bot id {bot:D}");
                stdout.WriteLine($"  valid domains: {string.Join(", ", manifest["validDomains"]?.AsArray().Select(d => (string?)d) ?? [])}");
                stdout.WriteLine("  files: manifest.json, color.png (192x192), outline.png (32x32)");
                stdout.WriteLine("Upload it in Teams: Apps > Manage your apps > Upload an app.");
                return 0;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
