module github.com/unscrape/unscrape

go 1.26.8

require (
	github.com/abadojack/whatlanggo v1.0.1
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f
	github.com/spf13/cobra v1.10.2
	golang.org/x/text v0.44.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
)
