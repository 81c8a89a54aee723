from reset_cli.main import main

raise SystemExit(main())
