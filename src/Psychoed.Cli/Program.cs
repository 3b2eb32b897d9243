using Psychoed.Cli;

return await PsychoedCli.RunAsync(args, Console.Out, Console.Error);
