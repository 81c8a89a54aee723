from data_sources.cli import main

raise SystemExit(main())
