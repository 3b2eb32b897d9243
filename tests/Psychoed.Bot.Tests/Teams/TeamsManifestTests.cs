using System.Buffers.Binary;
using System.IO.Compression;
using NJsonSchema;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Teams;

public sealed class TeamsManifestTests
{
    private static readonly string Folder = Repository.Path("deploy", "teams");

    [Fact]
    public async Task The_manifest_is_valid_against_the_teams_v1_19_schema()
    {
        var schema = await JsonSchema.FromFileAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Teams", "MicrosoftTeams.v1.19.schema.json"));
        var manifest = await File.ReadAllTextAsync(System.IO.Path.Combine(Folder, "manifest.json"));

        var errors = schema.Validate(manifest);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_check_catches_a_broken_manifest()
    {
        var schema = await JsonSchema.FromFileAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Teams", "MicrosoftTeams.v1.19.schema.json"));
        var manifest = (await File.ReadAllTextAsync(System.IO.Path.Combine(Folder, "manifest.json")))
            .Replace("\"00000000-0000-0000-0000-000000000000\"", "\"not-a-guid\"", StringComparison.Ordinal)
            .Replace("\"groupChat\"", "\"everywhere\"", StringComparison.Ordinal);

        var errors = schema.Validate(manifest);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void The_bot_works_in_personal_team_and_group_chat_scopes_with_its_commands()
    {
        var manifest = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(System.IO.Path.Combine(Folder, "manifest.json")));

        var bot = manifest["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.Select(s => (string)s!));
        var commands = bot["commandLists"]![0]!["commands"]!.Select(c => (string)c["title"]!).ToList();
        Assert.Equal(["help", "topics", "tell me more", "I need help now", "start over", "privacy", "region"], commands);
        Assert.NotEmpty(manifest["validDomains"]!);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void The_icons_have_the_sizes_teams_requires(string file, int size)
    {
        var (width, height, colorType) = PngHeader(System.IO.Path.Combine(Folder, file));

        Assert.Equal((size, size), (width, height));
        Assert.Equal(6, colorType); // RGBA: the outline needs transparency
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparent_only()
    {
        var pixels = DecodeRgba(System.IO.Path.Combine(Folder, "outline.png"), 32);

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    private static (int Width, int Height, byte ColorType) PngHeader(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), bytes[25]);
    }

    /// <summary>Decodes an 8-bit RGBA PNG with filter type 0 rows, as make-icons.py writes them.</summary>
    private static List<(byte R, byte G, byte B, byte A)> DecodeRgba(string path, int size)
    {
        var bytes = File.ReadAllBytes(path);
        using var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            if (kind == "IDAT")
            {
                idat.Write(bytes, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflated.CopyTo(raw);
        var data = raw.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + size * 4);
            Assert.Equal(0, data[row]);
            for (var x = 0; x < size; x++)
            {
                var p = row + 1 + x * 4;
                pixels.Add((data[p], data[p + 1], data[p + 2], data[p + 3]));
            }
        }

        return pixels;
    }
}
