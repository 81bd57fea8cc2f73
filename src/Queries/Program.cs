using System.CommandLine;

var root = new RootCommand("Graph queries");
return await root.Parse(args).InvokeAsync();
