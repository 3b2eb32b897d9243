using Psychoed.Bot.Admin;
using Psychoed.Bot.Corpus;
using Psychoed.Bot.Data;
using Psychoed.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPsychoedBot();
builder.AddPsychoedData();
builder.AddPsychoedCore();
builder.AddPsychoedCorpusReload();
builder.AddPsychoedAdmin();

var app = builder.Build();
app.MapPsychoedEndpoints();
app.MapAdminApi();
app.Run();

/// <summary>Entry point; public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests.</summary>
public partial class Program;
