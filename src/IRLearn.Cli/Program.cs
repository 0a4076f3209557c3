Console.Error.WriteLine("usage: irlearn generate <file> --format json|text");
return 2;
