import SlantCommands

Slant.main()
